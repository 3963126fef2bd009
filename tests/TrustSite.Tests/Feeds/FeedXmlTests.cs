using System.Xml;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Feeds;

public class FeedXmlTests
{
    [Fact]
    public void Leaves_out_characters_xml_cannot_hold_instead_of_failing_the_build()
    {
        // Found by BuildNeverCrashesTests: a terminal escape pasted into an article made XmlWriter throw mid-build.
        using var site = new TempSite("-- content/articles/bell.md --\n---\ntitle: \"Ring\\a the \\e[1mbell\"\n---\nText with a bell \u0007 and an escape \u001b[2J.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in new[] { "feed.xml", "atom.xml", "sitemap.xml" })
        {
            var xml = new XmlDocument();
            xml.Load(Path.Combine(site.Output, file));
        }
        Assert.Contains("<title>Ring the [1mbell</title>", site.ReadOutput("feed.xml"));
        Assert.Contains("Text with a bell  and an escape [2J.", site.ReadOutput("feed.xml"));
    }
}
