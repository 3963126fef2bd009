using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Tests.TestSupport;

/// <summary>Site configurations for tests that need one without a site on disk.</summary>
public static class TestConfig
{
    public static SiteConfig Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var config = new SiteConfigLoader().Parse("title: T\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n" + yaml, bag);
        Assert.False(bag.HasErrors, bag.ToSortedArray().Describe());
        return config!;
    }

    public static SiteConfig Default { get; } = Parse("");

    public static SiteConfig Bilingual { get; } = Parse("language: en\nlanguages:\n  en: {name: English}\n  es: {name: Español}\n");
}
