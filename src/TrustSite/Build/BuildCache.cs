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
    private readonly Dictionary<string, FileStamp> _copied = new(StringComparer.Ordinal);
    private string? _linkContext;

    internal SiteConfig? Config { get; set; }

    internal Theme? Theme { get; set; }

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
            if (_copied.TryGetValue(target, out var previous) && previous == stamp)
            {
                return false;
            }
            _copied[target] = stamp;
            return true;
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
