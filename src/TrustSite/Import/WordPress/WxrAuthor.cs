namespace TrustSite.Import.WordPress;

/// <summary>A WordPress user as the export lists it; emails are not read, as the site never needs them.</summary>
public sealed record WxrAuthor(string Login, string DisplayName);
