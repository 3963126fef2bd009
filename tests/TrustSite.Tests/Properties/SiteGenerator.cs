using FsCheck;
using FsCheck.Fluent;

namespace TrustSite.Tests.Properties;

/// <summary>Generates whole sites in TempSite's format: a site.yml, content files with front matter and Markdown, odd names and raw bytes.</summary>
/// <remarks>Values are drawn from what authors, importers and attackers really write, mixed with random text, so most cases
/// get past the first stage and exercise the later ones.</remarks>
public static class SiteGenerator
{
    private static readonly string[] Scalars =
    [
        "", "~", "null", "true", "false", "yes", "0", "-1", "5", "2147483648", "1e309", "0x1F", ".nan", "-.inf",
        "2024-05-01", "2024-02-30", "2024-13-01", "0000-00-00", "9999-12-31T23:59:59+14:00", "2024-05-01T09:30", "yesterday", "1715000000",
        "/", "//", "/a/", "/a/../b/", "..", ".", "../../etc/", "/articles/?p=1", "#top", "C:/x", "C:\\x", "\\x", "con", "aux.txt", "/nul/",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,<script>alert(1)</script>", "vbscript:x", "mailto:a@b.c", "tel:+1", "https://example.org/x",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "{{ page.title }}", "{{< figure >}}",
        "Génesis 2:24", "Juan 3:16", "1 Cor 13", "Ps 151:1", "🙂", "\u202Eevil", "a\u0000b", "\u00A0", "'quoted'", "\"double\"", "multi\nline",
        "&anchor x", "*alias", "!!binary AAAA", "!custom x", "[a, b]", "{a: b}", "[", "{", "- x", "? x", "| x", "> x", "%TAG", "@x", "`x`",
    ];

    private static readonly string[] Keys =
    [
        "title", "date", "lastmod", "publishDate", "expiryDate", "draft", "slug", "url", "aliases", "summary", "description", "tags",
        "categories", "series", "author", "image", "weight", "layout", "translationKey", "toc", "scripture", "noindex", "permalink",
        "excerpt", "published", "topics", "params", "Title", "TAGS", "x", "a b", "ключ",
    ];

    private static readonly string[] Folders = ["", "articles/", "articles/2024/", "es/", "about/", "_data/", "_private/", ".hidden/", "my folder/", "café/", "pages/"];

    private static readonly string[] Stems =
    [
        "index", "_index", "hope", "about", "contact", "hope.es", "2024-05-01-forgiveness", "con", "aux", "my first article", "café con leche",
        "is it \"hope\"? <a>: yes|no*", "a.b.c", "UPPER", "-", "_", "404", "feed", "tags", "page", "ends with dot.", " leading space", "x~",
    ];

    private static readonly string[] Extensions = [".md", ".md", ".md", ".markdown", ".MD", ".yml", ".png", ".pdf", ".swp", ""];

    private static readonly string[] MarkdownPieces =
    [
        "# Heading", "## Heading {#custom}", "Paragraph with *emphasis* and **strong** and `code`.", "- item", "  - nested", "1. one", "> quote", "> > deeper",
        "[link](other.md)", "[link](hope.md#anchor)", "[missing](nowhere.md)", "[up](../../../etc/passwd)", "[js](javascript:alert(1))", "[data](data:text/html,x)",
        "<https://example.org>", "![image](photo.png)", "![remote](https://example.org/a.png)", "![js](javascript:alert(1))",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\"></iframe>", "<a href=\"javascript:alert(1)\">x</a>",
        "<!--more-->", "<!-- comment", "```", "```scriban", "~~~", "    indented code", "| a | b |", "|---|---|", "| 1 | 2 |",
        "Footnote[^1].", "[^1]: The note.", "[^1]:", "***", "---", "Term\n: definition", "{{< figure src=\"photo.png\" alt=\"x\" >}}",
        "{{< gallery >}}", "{{< /gallery >}}", "{{< unknown >}}", "{{< figure src=\"", "{{<", "{{ page.title }}", "{% raw %}",
        "See John 3:16 and Génesis 2:24-25, 1 Co 13:4-7; Ps 23.", "Juan 3:16", "Rom 99:99", "\\", "&amp; &lt; &#0; &#x110000;", "\u0001\u001b[2J", "caf\\xE9 \\xC3\\x28 \\xFF\\xFE\\x00",
        "[[[[[[[[[[[[[[[[[[[[ x", "**********************", "_________________________", new string('>', 80) + " x", "- - - - - - - - - - - - x",
    ];

    private static Gen<T[]> Many<T>(Gen<T> item, int min, int max) => Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n));

    public static Arbitrary<GeneratedSite> Sites() => Site().ToArbitrary();

    public static Gen<GeneratedSite> Site() =>
        from config in Config()
        from files in Many(File(), 0, 8)
        from theme in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new GeneratedSite(config, [.. files], theme);

    private static Gen<string> Scalar() => Gen.Frequency(
        (6, Gen.Elements(Scalars)),
        (2, Text(20)),
        (1, Text(300)));

    private static Gen<string> Text(int max) =>
        from length in Gen.Choose(0, max)
        from chars in Gen.ArrayOf(Gen.Frequency(
            (10, Gen.Choose('a', 'z').Select(c => (char)c)),
            (3, Gen.Elements(' ', ' ', '\n', '\t', '-', ':', '#', '[', ']', '{', '}', '"', '\'', '&', '*', '!', '|', '>', '<', '%', '@', '`', '\\', '/', '.', '?')),
            (1, Gen.Elements('é', 'ñ', 'ü', '—', '“', '\u00A0', '\u200B', '\uFEFF', '\u0007', '\u001b', '\r')),
            (1, Gen.Choose(0, 0xD7FF).Select(c => (char)c))), length)
        select new string(chars);

    private static Gen<string> YamlValue() => Gen.Frequency(
        (6, Scalar().Select(Quote)),
        (2, Many(Scalar().Select(Quote), 0, 5).Select(items => "[" + string.Join(", ", items) + "]")),
        (1, Many(Scalar().Select(Quote), 1, 4).Select(items => "\n" + string.Concat(items.Select(i => "  - " + i + "\n")).TrimEnd('\n'))),
        (1, Many(Gen.Elements(Keys).Zip(Scalar().Select(Quote)), 1, 3).Select(pairs => "\n" + string.Join("\n", pairs.Select(p => $"  {p.Item1}: {p.Item2}")))));

    // Most values are written as YAML would have them; some raw, so the YAML itself can break.
    private static string Quote(string value) => value.Length % 5 == 0 ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    // Each key mostly gets a value of its own type, so most files pass the front matter and reach the later stages.
    private static Gen<string> TypedValue(string key) => Gen.Frequency(
        (8, key switch
        {
            "date" or "lastmod" or "publishDate" or "expiryDate" => Gen.Elements("2024-05-01", "2023-12-31T23:59", "2024-02-29T09:30:00-05:00", "2030-01-01", "1999-01-01"),
            "draft" or "toc" or "scripture" or "noindex" or "published" => Gen.Elements("true", "false"),
            "weight" => Gen.Choose(-5, 5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "tags" or "categories" or "series" or "topics" => Many(Gen.Elements("grief", "hope", "Fe", "fé", "Matrimonio y Fe", "grief & loss", "grief loss", "5", "<b>x</b>", "a/b", ".."), 0, 4)
                .Select(items => "[" + string.Join(", ", items.Select(Quote)) + "]"),
            "slug" => Gen.Elements("hope", "other", "hope-again", "café", "a-b"),
            "url" or "permalink" => Gen.Elements("/about/", "/x/y/", "/hope/", "/404.html", "/feed.xml", "/tags/", "/es/"),
            "aliases" => Gen.Elements("[/old/]", "[/about/]", "[/2023/05/x/]", "[/hope/]", "[/a/, /a/]"),
            "image" => Gen.Elements("photo.png", "/img/a.png", "https://example.org/a.png", "missing.jpg"),
            "layout" => Gen.Elements("page", "article", "default", "contact", "nope"),
            _ => Text(30).Select(Quote),
        }),
        (1, Scalar().Select(Quote)),
        (1, YamlValue()));

    private static Gen<string> FrontMatter() => Gen.Frequency(
        (12, Many(Gen.Elements(Keys).SelectMany(key => TypedValue(key).Select(value => $"{key}: {value}\n")), 0, 8)
            .Select(lines => "---\n" + string.Concat(lines) + "---\n")),
        (1, Text(120).Select(t => "---\n" + t + "\n---\n")),
        (1, Gen.Elements("", "---\n", "---\ntitle: not closed\n", "+++\ntitle = \"x\"\n+++\n", "{\"title\": \"x\"}\n", "---\n---\n", "...\n", "--- \ntitle: x\n...\n")));

    private static Gen<string> Markdown() =>
        Many(Gen.Frequency((5, Gen.Elements(MarkdownPieces)), (2, Text(80)), (1, Gen.Elements("", "\n"))), 0, 25)
            .Select(lines => string.Join('\n', lines));

    private static Gen<GeneratedFile> File() =>
        from folder in Gen.Elements(Folders)
        from stem in Gen.Frequency((4, Gen.Elements(Stems)), (1, Text(12).Select(t => t.Replace('/', '-').Replace('\n', ' ').Replace('\0', ' ').Trim('.', ' ', '-') is { Length: > 0 } s ? s : "x")))
        from extension in Gen.Elements(Extensions)
        from frontMatter in FrontMatter()
        from body in Markdown()
        from encoding in Gen.Frequency((8, Gen.Constant("")), (1, Gen.Elements(" [bom]", " [crlf]", " [cr]", " [bom, cr]")), (1, Gen.Constant(" [bytes]")))
        select new GeneratedFile(("content/" + folder + stem + extension).Replace("\r", ""), encoding, frontMatter + body);

    private static Gen<string> Usually(string usual, params string[] others) => Gen.Frequency((6, Gen.Constant(usual)), (1, Gen.Elements(others)));

    private static Gen<string> Config() =>
        from title in Gen.Frequency((6, Text(20).Select(t => Quote("Site " + t))), (1, Scalar().Select(Quote)))
        from baseUrl in Usually("https://example.org/", "https://example.org/sub/path", "http://127.0.0.1:1313/", "https://example.org/?q=1", "javascript:alert(1)", "/relative/", "")
        from languages in Usually("", "languages:\n  es: {title: Sitio}\n", "languages:\n  es: {}\n", "languages:\n  '..': {}\n", "language: es\n", "language: xx-INVALID\n")
        from taxonomies in Usually("", "taxonomies: [tags]\n", "taxonomies: [tags, topics]\n", "taxonomies: []\n", "taxonomies: ['../x']\n", "taxonomies: [Tags, tags]\n", "taxonomies: [page]\n", "taxonomies: [con]\n")
        from pagination in Usually("", "pagination: {size: 1}\n", "pagination: {size: 0}\n", "pagination: {size: -5}\n", "pagination: {size: 100000}\n")
        from permalinks in Usually("", "permalinks: {articles: /:year/:month/:slug/}\n", "permalinks: {articles: /../:slug/}\n", "permalinks: {articles: ':slug'}\n", "permalinks: {articles: /:nope/}\n", "permalinks: {articles: /a/}\n")
        from markdown in Usually("", "markdown: {unsafe: true}\n", "markdown: {unsafe: false, typographer: false}\n")
        from menu in Gen.Frequency((6, Gen.Elements("/about/", "/articles/", "https://example.org/", "/nope/")), (1, Scalar().Select(Quote)))
        from extra in Usually("", "timezone: Mars/Olympus\n", "timezone: America/New_York\n", "related: {count: 0}\n", "feeds: {count: 0, terms: true}\n",
            "minify: true\n", "unknown: 1\n", "seo: {image: /share.png}\n", "contact: {phone: \"407 618 0212\", country: US, email: a@example.org}\n")
        select $"title: {title}\nbaseUrl: {baseUrl}\n{languages}{taxonomies}{pagination}{permalinks}{markdown}menus:\n  main:\n    - {{name: M, url: {menu}}}\n{extra}";
}

/// <summary>One generated content file, as TempSite writes it.</summary>
public sealed record GeneratedFile(string Path, string Encoding, string Text);

/// <summary>A generated site; its text is a TempSite fixture, so a failing case can be pasted into a test as it is.</summary>
public sealed record GeneratedSite(string SiteYml, IReadOnlyList<GeneratedFile> Files, bool TrustTheme)
{
    public string ToFixture() =>
        "-- site.yml --\n" + SiteYml + "newsletter:\n  action: https://newsletter.example.org/subscribe\ntheme: plain\n"
        + string.Concat(Files.Select(f => $"-- {f.Path}{f.Encoding} --\n{f.Text}\n"));

    public override string ToString() => (TrustTheme ? "(with the trust theme)\n" : "") + ToFixture();
}
