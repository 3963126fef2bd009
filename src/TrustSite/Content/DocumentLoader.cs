using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Urls;

namespace TrustSite.Content;

/// <summary>Reads every Markdown file in parallel into a <see cref="Document"/>; a file with errors is reported and left out.</summary>
public sealed class DocumentLoader(SiteConfig config)
{
    private readonly FrontMatterParser _frontMatter = new(config.TimeZone, config.Taxonomies);

    public SiteConfig Config => config;

    /// <param name="loaded">Called after each file, for the progress display.</param>
    public ImmutableArray<Document> LoadAll(ImmutableArray<SourceFile> files, DiagnosticBag diagnostics, Action? loaded = null)
    {
        var pageFolders = PageFolders.Find(files, config);
        var results = new Document?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            results[i] = Load(files[i], diagnostics, pageFolders);
            loaded?.Invoke();
        });
        return [.. results.OfType<Document>()];
    }

    /// <param name="pageFolders">Top folders that belong to a page (about/ beside about.md), whose files are sub-pages, not articles.</param>
    public Document? Load(SourceFile file, DiagnosticBag diagnostics, IReadOnlySet<string>? pageFolders = null)
    {
        var text = SourceTextReader.ReadUtf8(file.FullPath, file.SitePath, diagnostics);
        if (text is null)
        {
            return null;
        }
        var block = FrontMatterSplitter.Split(text.Value, file.SitePath, diagnostics);
        if (block is null)
        {
            return null;
        }
        var frontMatter = block.Yaml is null
            ? FrontMatter.Empty
            : _frontMatter.Parse(block.Yaml, file.SitePath, block.YamlFirstLine, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }
        return Describe(file, frontMatter, block, diagnostics, pageFolders ?? new HashSet<string>());
    }

    private Document Describe(SourceFile file, FrontMatter frontMatter, FrontMatterBlock block, DiagnosticBag diagnostics, IReadOnlySet<string> pageFolders)
    {
        var (stem, suffixLanguage) = SplitLanguage(Path.GetFileNameWithoutExtension(file.FileName));
        var folders = file.ContentDirectory.Length == 0 ? [] : file.ContentDirectory.TrimEnd('/').Split('/');
        // A top folder named after a language (content/es/) holds that language's content, as a site of its own.
        var folderLanguage = folders.Length > 0 && config.FindLanguage(folders[0]) is { IsDefault: false } language ? language.Code : null;
        if (folderLanguage is not null)
        {
            folders = folders[1..];
        }
        var isBundle = stem == "index";
        var isListIndex = stem == "_index";
        // A bundle is named by its folder: articles/hope/index.md is the article "hope".
        string[] segments = isBundle || isListIndex ? folders : [.. folders, stem];
        var isSubPage = segments.Length > 1 && pageFolders.Contains(segments[0]);
        var kind = (segments.Length, isListIndex) switch
        {
            (0, _) => DocumentKind.Home,
            _ when isSubPage => DocumentKind.Page,
            (1, true) => DocumentKind.SectionIndex,
            (1, false) => DocumentKind.Page,
            _ => DocumentKind.Article,
        };
        var section = kind is DocumentKind.Article or DocumentKind.SectionIndex ? segments[0] : "";
        var (fileDate, nameStem) = FileNameConvention.Parse(segments.Length == 0 ? "" : segments[^1]);
        // Articles keep the folders below their section (articles/2024/a.md); sub-pages keep every folder (about/team.md).
        var urlFolder = (kind, segments.Length) switch
        {
            (DocumentKind.Article, > 2) => string.Join('/', segments[1..^1]) + "/",
            (DocumentKind.Page, > 1) => string.Join('/', segments[..^1]) + "/",
            _ => "",
        };
        var slug = frontMatter.Slug ?? Slugifier.Slugify(nameStem);
        var date = frontMatter.Date ?? (fileDate is { } d ? new DateTimeOffset(d, config.TimeZone.GetUtcOffset(d)) : null);
        var title = frontMatter.Title ?? DefaultTitle(kind, nameStem, section, file, diagnostics);
        var translationKey = frontMatter.TranslationKey ?? string.Join('/', segments);
        return new Document(file, kind, folderLanguage ?? suffixLanguage ?? config.Language, translationKey, section, slug, urlFolder,
            isBundle ? file.ContentDirectory : null, title, date, frontMatter, block.BodyUtf8, block.BodyFirstLine) { FrontMatterSource = block.Yaml, FrontMatterFirstLine = block.YamlFirstLine };
    }

    /// <summary>Splits "about.es" into "about" and "es" when es is one of the site's languages.</summary>
    private (string Stem, string? Language) SplitLanguage(string stem)
    {
        var dot = stem.LastIndexOf('.');
        return dot > 0 && config.FindLanguage(stem[(dot + 1)..]) is { } language ? (stem[..dot], language.Code) : (stem, null);
    }

    private string DefaultTitle(DocumentKind kind, string stem, string section, SourceFile file, DiagnosticBag diagnostics)
    {
        switch (kind)
        {
            case DocumentKind.Home:
                return config.Title;
            case DocumentKind.SectionIndex:
                return FileNameConvention.Humanize(section);
            default:
                var title = FileNameConvention.Humanize(stem);
                diagnostics.Warning(DiagnosticCodes.MissingTitle, new SourceLocation(file.SitePath, 1, 1), $"no 'title' in the front matter; using \"{title}\" from the file name",
                    "add a line 'title: ...' between '---' lines at the top of the file");
                return title;
        }
    }
}
