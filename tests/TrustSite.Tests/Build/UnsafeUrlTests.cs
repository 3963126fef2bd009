using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Build;

/// <summary>Every URL an author or site owner writes must be http(s), mailto:, tel: or relative; script and data URLs stop the build at their line.</summary>
public class UnsafeUrlTests
{
    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var url in new[] { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)" })
        {
            data.Add($"contact:\n  booking: \"{url}\"\n", url);
            data.Add($"contact:\n  email: a@example.org\n  form:\n    action: \"{url}\"\n    fields: {{name: name, email: email, message: message}}\n", url);
            data.Add($"menus:\n  main:\n    - {{name: Home, url: \"{url}\"}}\n", url);
            data.Add($"seo:\n  image: \"{url}\"\n", url);
            data.Add($"newsletterAction: \"{url}\"\n", url);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Refuses_a_script_or_data_url_in_site_yml(string yaml, string url)
    {
        var newsletter = yaml.StartsWith("newsletterAction", StringComparison.Ordinal) ? $"newsletter:\n  action: \"{url}\"\n" : "newsletter:\n  action: https://n.example.org/\n";
        var config = "title: T\nbaseUrl: https://example.org/\ntheme: plain\n" + newsletter + (yaml.StartsWith("newsletterAction", StringComparison.Ordinal) ? "" : yaml);
        using var site = new TempSite($"-- site.yml --\n{config}-- content/about.md --\n---\ntitle: About\n---\n");
        var line = config.Split('\n').ToList().FindIndex(l => l.Contains(url, StringComparison.Ordinal)) + 1;

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("site.yml", error.Location.Path);
        Assert.Equal(line, error.Location.Line);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData(" javascript:alert(1)")]
    public void Refuses_a_script_or_data_url_as_an_articles_image(string url)
    {
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: A\nimage: \"{url}\"\n---\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TS2008", error.Code);
        Assert.Equal(("content/articles/a.md", 3), (error.Location.Path, error.Location.Line));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("![x](data:image/png;base64,AAAA)")]
    [InlineData("<javascript:alert(1)>")]
    public void Refuses_a_script_or_data_url_in_markdown(string markdown)
    {
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: A\n---\nText.\n\n{markdown}\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("content/articles/a.md", 6), (error.Location.Path, error.Location.Line));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;")]
    public void Shows_raw_html_as_text_while_markdown_unsafe_is_off(string html, string shown)
    {
        using var site = new TempSite($"-- content/articles/a.md --\n---\ntitle: A\n---\nBefore {html} after.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"<p>Before {shown} after.</p>", site.ReadOutput("articles/a/index.html"));
    }
}
