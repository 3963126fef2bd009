using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Minify;

/// <summary>`minify: true` in site.yml through a real build with the trust theme: smaller files, the same document, the same text.</summary>
public partial class MinifiedSiteTests
{
    [Fact]
    public void Minified_pages_are_smaller_and_parse_to_the_same_elements_and_text()
    {
        using var site = new TempSite("""
            -- content/about.md --
            ---
            title: About
            ---
            We **listen**, then we [pray](https://example.org/pray/) together.

            ```
            keep    this
                indented
            ```
            -- content/articles/a.md --
            ---
            title: An article
            date: 2024-01-01
            tags: [hope]
            ---
            ## First

            Text with *emphasis* and `code`.

            - one
            - two
            """).WithTrustTheme();
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Severity == Severity.Error);
        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")) + "minify: true\n");

        var result = site.Build(output: "minified");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var plain = site.Snapshot();
        var minified = site.Snapshot(Path.Combine(site.Root, "minified"));
        var pages = plain.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.Contains("about/index.html", pages);
        Assert.Equal(pages, minified.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)));
        foreach (var file in pages)
        {
            Assert.True(minified[file].Length < plain[file].Length, $"{file}: {minified[file].Length} bytes minified, {plain[file].Length} not");
            var (before, beforeErrors) = Parse(plain[file]);
            var (after, afterErrors) = Parse(minified[file]);
            Assert.Equal(beforeErrors, afterErrors);
            Assert.Equal(Shape(before), Shape(after));
            Assert.Equal(Text(before.Body!), Text(after.Body!));
            Assert.Equal(before.QuerySelectorAll("pre").Select(p => p.TextContent), after.QuerySelectorAll("pre").Select(p => p.TextContent));
        }
        var about = Parse(minified["about/index.html"]).Document;
        Assert.Equal("keep    this\n    indented\n", about.QuerySelector("pre")!.TextContent);
        Assert.Contains("We listen, then we pray together.", Text(about.Body!));
        long Css(IEnumerable<KeyValuePair<string, byte[]>> files) => files.Where(f => f.Key.EndsWith(".css", StringComparison.Ordinal)).Sum(f => f.Value.LongLength);
        Assert.True(Css(minified) < Css(plain));
    }

    private static (IDocument Document, int Errors) Parse(byte[] html)
    {
        var errors = 0;
        var parser = new HtmlParser();
        parser.Error += (_, _) => errors++;
        var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
        return (document, errors);
    }

    private static string[] Shape(IDocument document) =>
        [.. document.All.Select(e => e.LocalName + string.Concat(e.Attributes.Where(a => a.Name is not ("href" or "integrity")).Select(a => $" {a.Name}={a.Value}")))];

    private static string Text(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
