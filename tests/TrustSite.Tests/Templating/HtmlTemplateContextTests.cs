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
    public void Writes_values_of_more_than_a_megabyte_whole()
    {
        var html = "<p>" + new string('a', 3 * 1024 * 1024) + "</p>";
        var text = new string('b', 2 * 1024 * 1024);

        var output = Render("{{ value.html }}{{ value.text }}", new ScriptObject { ["html"] = new RawHtml(html), ["text"] = text });

        Assert.Equal(html + text, output);
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
