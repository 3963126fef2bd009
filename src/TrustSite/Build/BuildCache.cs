using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Pages;
using TrustSite.Site;
using TrustSite.Templating;

namespace TrustSite.Build;

/// <summary>What one build leaves for the next in the preview: parsed files, rendered bodies and what each page was made of.</summary>
/// <remarks>
/// A document whose file has not changed keeps its parsed and rendered form, and a page whose inputs are the same objects as last
/// time is not rendered again. A change to site.yml or the theme needs a new cache: then everything is rebuilt.
/// </remarks>
public sealed class BuildCache
{
    private readonly Dictionary<string, (FileStamp Stamp, Document? Document)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenderedDocument> _rendered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<object?>> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Source, FileStamp Stamp)> _copied = new(StringComparer.Ordinal);
    private string? _linkContext;
    private string? _dataStamps;

    private readonly Dictionary<string, (string Text, ImmutableArray<RenderedDocument> Lists, object Token)> _siteWide = new(StringComparer.Ordinal);
    private string? _settingsStamps;
    private Theme? _theme;
    private bool? _themeListsSite;

    internal SiteConfig? Config { get; set; }

    /// <summary>The last good build's renderers and pages, for <see cref="QuickRefresh"/>; null after a failure.</summary>
    internal LastBuild? Last { get; set; }

    /// <summary>The top folders that hold sub-pages, as the last build found them.</summary>
    internal IReadOnlySet<string> PageFolders { get; set; } = new HashSet<string>();

    internal Theme? Theme
    {
        get => _theme;
        set => (_theme, _themeListsSite) = (value, null);
    }

    /// <summary>Whether the theme shows the whole site's lists on every page, which makes every page depend on every article.</summary>
    internal bool ThemeListsSite => _themeListsSite ??= _theme is not null && SiteListUse.Of(_theme);

    /// <summary>Pages rendered by the last build, for the preview's summary and tests.</summary>
    public int PagesRendered { get; internal set; }

    private string? _pageFolders;

    /// <summary>Parses the files that changed since the last build and reuses the others.</summary>
    /// <param name="pageFolders">What decides a file's kind besides itself (which top folders belong to pages); when it changes, every file is read again.</param>
    internal ImmutableArray<Document> Documents(ImmutableArray<SourceFile> files, string pageFolders, Func<SourceFile, Document?> load)
    {
        if (pageFolders != _pageFolders)
        {
            _documents.Clear();
            _pageFolders = pageFolders;
        }
        var present = new HashSet<string>(files.Select(f => f.SitePath), StringComparer.Ordinal);
        foreach (var gone in _documents.Keys.Where(k => !present.Contains(k)).ToArray())
        {
            _documents.Remove(gone);
        }
        var documents = new Document?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var file = files[i];
            var stamp = FileStamp.Of(file.FullPath);
            lock (_documents)
            {
                if (_documents.TryGetValue(file.SitePath, out var cached) && cached.Stamp == stamp && cached.Document is not null)
                {
                    documents[i] = cached.Document;
                    return;
                }
            }
            var document = load(file);
            lock (_documents)
            {
                _documents[file.SitePath] = (stamp, document);
            }
            documents[i] = document;
        });
        return [.. documents.OfType<Document>()];
    }

    /// <summary>Renders the Markdown of new or changed documents; all of them when any address changed, since links point at addresses.</summary>
    internal ImmutableArray<RenderedDocument> Render(SiteIndex index, Func<PublishedDocument, RenderedDocument> render)
    {
        var context = LinkContext(index);
        if (context != _linkContext)
        {
            _rendered.Clear();
            _linkContext = context;
        }
        var results = new RenderedDocument[index.Documents.Length];
        Parallel.For(0, index.Documents.Length, i =>
        {
            var published = index.Documents[i];
            RenderedDocument? cached;
            lock (_rendered)
            {
                _rendered.TryGetValue(published.SitePath, out cached);
            }
            if (cached is not null && ReferenceEquals(cached.Published.Document, published.Document) && cached.Published.IsFuture == published.IsFuture)
            {
                results[i] = cached;
                return;
            }
            var rendered = render(published);
            lock (_rendered)
            {
                _rendered[published.SitePath] = rendered;
            }
            results[i] = rendered;
        });
        return ImmutableArray.Create(results);
    }

    /// <summary>True when the page must be rendered: new, or made of other objects than last time.</summary>
    internal bool NeedsRendering(PagePlan plan, ImmutableArray<object?> inputs)
    {
        lock (_pages)
        {
            if (_pages.TryGetValue(plan.Url, out var previous) && previous.Length == inputs.Length
                && previous.Zip(inputs).All(p => p.First is string || p.First is int || p.First is bool ? Equals(p.First, p.Second) : ReferenceEquals(p.First, p.Second)))
            {
                return false;
            }
            _pages[plan.Url] = inputs;
            return true;
        }
    }

    /// <summary>Forgets what every page was made of, after a failed build, so that the next one renders them all again.</summary>
    internal void ForgetPages()
    {
        lock (_pages)
        {
            _pages.Clear();
        }
    }

    /// <summary>True when a content file must be copied: new, or changed since the last copy.</summary>
    internal bool NeedsCopy(string sourceFile, string target)
    {
        var stamp = FileStamp.Of(sourceFile);
        lock (_copied)
        {
            if (_copied.TryGetValue(target, out var previous) && previous.Stamp == stamp && previous.Source == sourceFile)
            {
                return false;
            }
            _copied[target] = (sourceFile, stamp);
            return true;
        }
    }

    /// <summary>Forgets everything when site.yml or a theme file changed: each may change every page.</summary>
    internal void ForgetIfChanged(string root)
    {
        var files = new List<string> { Path.Combine(root, SiteConfigLoader.FileName) };
        var themes = Path.Combine(root, "themes");
        if (Directory.Exists(themes))
        {
            files.AddRange(Directory.EnumerateFiles(themes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        }
        var stamps = string.Join('\n', files.Select(f => f + "=" + FileStamp.Of(f)));
        if (stamps == _settingsStamps)
        {
            return;
        }
        _settingsStamps = stamps;
        (Config, Theme, Last, _linkContext, _pageFolders, _dataStamps) = (null, null, null, null, null, null);
        _documents.Clear();
        _rendered.Clear();
        _pages.Clear();
        _copied.Clear();
        _siteWide.Clear();
    }

    /// <summary>One object per language standing for what every page shows of the site: the same object while that stays the same.</summary>
    /// <param name="lists">The documents `site.articles` and `site.pages` show, when the theme uses them; compared by identity.</param>
    internal object SiteWide(string language, string text, ImmutableArray<RenderedDocument> lists)
    {
        lock (_siteWide)
        {
            if (_siteWide.TryGetValue(language, out var previous) && previous.Text == text && previous.Lists.Length == lists.Length
                && previous.Lists.Zip(lists).All(p => ReferenceEquals(p.First, p.Second)))
            {
                return previous.Token;
            }
            var token = new object();
            _siteWide[language] = (text, lists, token);
            return token;
        }
    }

    /// <summary>Marks a file as changed, whatever its stamp says: a watcher knows of saves that keep the size within one clock tick.</summary>
    /// <param name="sitePath">The path relative to the site, with '/' ("content/about.md").</param>
    public void Invalidate(string sitePath)
    {
        lock (_documents)
        {
            _documents.Remove(sitePath);
        }
        lock (_copied)
        {
            foreach (var target in _copied.Where(c => c.Value.Source.Replace('\\', '/').EndsWith("/" + sitePath, StringComparison.Ordinal)).Select(c => c.Key).ToArray())
            {
                _copied.Remove(target);
            }
        }
        lock (_pages)
        {
            // Data files feed every page; the cheapest safe answer is to render all of them again.
            if (sitePath.StartsWith("content/_data/", StringComparison.Ordinal))
            {
                _pages.Clear();
            }
        }
    }

    /// <summary>Renders every page again when a data file (content/_data) changed, since any template may show its values.</summary>
    internal void NoteDataFiles(ImmutableArray<SourceFile> files)
    {
        var stamps = string.Join('\n', files.Select(f => f.SitePath + "=" + FileStamp.Of(f.FullPath)));
        if (stamps != _dataStamps)
        {
            _dataStamps = stamps;
            ForgetPages();
        }
    }

    // Every address documents and files are published at: a rendered link is only valid while these stay the same.
    private static string LinkContext(SiteIndex index) =>
        string.Join('\n', index.Documents.Select(d => d.SitePath + "=" + d.Url))
        + "\n--\n" + string.Join('\n', index.Assets.Select(a => a.Source.SitePath + "=" + a.Url))
        + "\n--\n" + string.Join('\n', index.Excluded.Select(e => e.Document.Source.SitePath));

    internal readonly record struct FileStamp(DateTime Written, long Length)
    {
        public static FileStamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.LastWriteTimeUtc, info.Length) : default;
        }
    }
}
