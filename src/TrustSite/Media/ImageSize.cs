namespace TrustSite.Media;

/// <summary>An image's intrinsic width and height in CSS pixels.</summary>
public readonly record struct ImageSize(int Width, int Height);
