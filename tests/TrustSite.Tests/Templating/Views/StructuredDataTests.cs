using System.Text.Json;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Templating.Views;

namespace TrustSite.Tests.Templating.Views;

public class StructuredDataTests
{
    private static SiteConfig Config(string title) => new SiteConfigLoader().Parse($"""
        title: "{title}"
        baseUrl: https://example.org/
        description: "Consejería cristiana"
        contact:
          phone: "407 618 0212"
          email: hello@example.org
        author:
          name: Ana
        newsletter:
          action: https://n.example.org/
        """, new DiagnosticBag())!;

    [Fact]
    public void Describes_the_ministry_as_a_professional_service_with_its_phone()
    {
        using var json = JsonDocument.Parse(StructuredData.Organization(Config("Renewed Trust")));
        var root = json.RootElement;

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("ProfessionalService", root.GetProperty("@type").GetString());
        Assert.Equal("Renewed Trust", root.GetProperty("name").GetString());
        Assert.Equal("+14076180212", root.GetProperty("telephone").GetString());
        Assert.Equal("hello@example.org", root.GetProperty("email").GetString());
        Assert.Equal("https://example.org/", root.GetProperty("url").GetString());
        Assert.Equal("Ana", root.GetProperty("founder").GetProperty("name").GetString());
    }

    [Fact]
    public void Can_never_close_its_script_element_and_keeps_accents_readable()
    {
        var text = StructuredData.Organization(Config("</script><script>alert(1)</script> & más"));

        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.Contains("Consejería", text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("</script><script>alert(1)</script> & más", json.RootElement.GetProperty("name").GetString());
    }
}
