using System.Text;
using TrustSite.Server.Reload;

namespace TrustSite.Tests.Server.Reload;

public class ReloadScriptTests
{
    [Fact]
    public void The_script_goes_before_the_closing_body_tag()
    {
        var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Señor, ayúdame</p></BODY></html>");

        var result = Encoding.UTF8.GetString(ReloadScript.InjectInto(page));

        Assert.Equal("<!DOCTYPE html><html><body><p>Señor, ayúdame</p><script src=\"/__trustsite/reload.js\" defer></script></BODY></html>", result);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_it_at_the_end()
    {
        var result = Encoding.UTF8.GetString(ReloadScript.InjectInto("<p>hi</p>"u8.ToArray()));

        Assert.Equal("<p>hi</p><script src=\"/__trustsite/reload.js\" defer></script>", result);
    }

    [Fact]
    public void A_message_names_the_version_and_the_pages_it_changed()
    {
        Assert.Equal("{\"version\":\"ab12-3\",\"pages\":[\"/about/\",\"/es/acerca-de/\"]}", ReloadScript.Message("ab12-3", ["/about/", "/es/acerca-de/"]));
    }

    [Fact]
    public void The_script_listens_on_the_events_address_and_reloads_on_a_new_version()
    {
        Assert.Contains($"new EventSource(\"{ReloadScript.EventsPath}\")", ReloadScript.Source);
        Assert.Contains("location.reload()", ReloadScript.Source);
        Assert.Contains("news.pages.includes(here)", ReloadScript.Source);
        Assert.True(Encoding.UTF8.GetByteCount(ReloadScript.Source) < 1024);
    }
}
