namespace TrustSite.Configuration;

/// <summary>An address pattern such as "/{year}/{month}/{slug}/", checked when site.yml is read.</summary>
public sealed record PermalinkPattern(string Pattern)
{
    public static readonly string[] Placeholders = ["{year}", "{month}", "{day}", "{slug}", "{section}"];
}
