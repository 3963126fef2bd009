namespace TrustSite.Templating.Views;

/// <summary>A phone number: as people read it, in E.164, and as a tel: link.</summary>
public sealed record PhoneView(string Display, string E164, string Href);
