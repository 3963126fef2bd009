using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Import;

/// <summary>Imports the bilingual export into the sample site, which has Spanish under content/es/, and builds it.</summary>
public sealed partial class BilingualImportTests : IDisposable
{
    private const string SpanishArticle = "/es/articles/que-es-el-perdon/";

    private readonly SampleSiteCopy _site = SampleSiteCopy.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Spanish_posts_are_built_as_spanish_pages_and_linked_to_their_english_version()
    {
        var (report, diagnostics) = ImportRun.Import(_site.Root, "bilingual.xml", uploads: false);

        var output = _site.CleanBuild();

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.NotNull(report);
        var spanish = Page(output, SpanishArticle);
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Contains(SpanishArticle, Listed(output, "es/"));
        Assert.DoesNotContain(SpanishArticle, Listed(output, ""));
        Assert.DoesNotContain(output.Keys, k => k.StartsWith("articles/que-es-el-perdon", StringComparison.Ordinal));
        var english = Page(output, "/articles/what-forgiveness-is/");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal(SpanishArticle, english.QuerySelector("p.translations a[hreflang=es]")?.GetAttribute("href"));
        Assert.Equal("/articles/what-forgiveness-is/", spanish.QuerySelector("p.translations a[hreflang=en]")?.GetAttribute("href"));
        Assert.Equal("es", Page(output, "/es/sobre-nosotros/").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_language_the_site_does_not_have_stays_in_the_default_folders_and_is_reported()
    {
        var root = Directory.CreateTempSubdirectory("trustsite-import-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "site.yml"), "title: English only\nbaseUrl: https://example.org/\nlanguage: en\n");

            var (report, _) = ImportRun.Import(root, "bilingual.xml", uploads: false);

            var note = Assert.Single(report!.Notes, n => n.Subject == "language es");
            Assert.Contains("site.yml does not list 'es'", note.Detail);
            var text = File.ReadAllText(Path.Combine(root, "content/articles/que-es-el-perdon.md"));
            Assert.Contains("\nlanguage: es\n", text);
            Assert.DoesNotContain("translationKey", text);
            Assert.DoesNotContain("language: en", File.ReadAllText(Path.Combine(root, "content/articles/what-forgiveness-is.md")));
            Assert.False(Directory.Exists(Path.Combine(root, "content/es")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(IReadOnlyDictionary<string, byte[]> output, string url) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(output[url.TrimStart('/') + "index.html"]));

    /// <summary>Every link on a language's home page and on every page of its articles list.</summary>
    private static HashSet<string> Listed(IReadOnlyDictionary<string, byte[]> output, string prefix)
    {
        var lists = output.Keys.Where(k => k == prefix + "index.html" || k.StartsWith(prefix, StringComparison.Ordinal) && ListPage().IsMatch(k[prefix.Length..])).ToList();
        Assert.Contains(prefix + "articles/index.html", lists);
        return [.. lists.SelectMany(k => new HtmlParser().ParseDocument(Encoding.UTF8.GetString(output[k])).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!))];
    }

    [GeneratedRegex(@"^articles/(page/\d+/)?index\.html$")]
    private static partial Regex ListPage();
}
