namespace TrustSite.BrowserTests.Support;

/// <summary>Every browser test shares one built site, one server and one Chromium, and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
