namespace TrustSite.Import;

/// <summary>An uploaded file to copy beside a document: where it is in --uploads, and its name in the bundle.</summary>
public sealed record BundleFile(string SourcePath, string Name);
