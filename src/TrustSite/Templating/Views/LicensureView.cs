namespace TrustSite.Templating.Views;

/// <summary>The counselor's license: its type, number, and the states it is valid in, joined for reading ("FL, GA").</summary>
public sealed record LicensureView(string Type, string Number, string States);
