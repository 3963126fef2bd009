using Scriban;
using Scriban.Runtime;
using TrustSite.Templating;

namespace TrustSite.Tests.Templating;

public class HtmlTemplateContextTests
{
    private static string Render(string template, object model)
    {
        var context = new HtmlTemplateContext(new ScriptObject());
        context.PushGlobal(new ScriptObject { ["value"] = model });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Escapes_every_value_written_by_a_template()
    {
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Render("{{ value }}", "<script>alert('x')</script> & \"q\""));
    }

    [Fact]
    public void Leaves_accented_letters_as_they_are()
    {
        Assert.Equal("Génesis 2:24 — “Sí”", Render("{{ value }}", "Génesis 2:24 — “Sí”"));
    }

    [Fact]
    public void Writes_raw_html_unescaped()
    {
        Assert.Equal("<p>ok</p>", Render("{{ value }}", new RawHtml("<p>ok</p>")));
    }

    [Fact]
    public void Does_not_escape_twice_through_html_escape()
    {
        Assert.Equal("a &lt; b", Render("{{ value | html.escape }}", "a < b"));
    }

    [Fact]
    public void Fails_on_a_misspelt_variable_in_strict_mode()
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ valeu }}", "x"));

        Assert.Contains("valeu", error.OriginalMessage);
    }
}
