using System.Collections.Immutable;
using System.Net;
using TrustSite.Import.WordPress;
using TrustSite.Urls;

namespace TrustSite.Import;

/// <summary>Decides where each post and page goes: a unique, safe slug per folder, pages under their parents, and the old addresses.</summary>
public sealed class DocumentPlanner(ItemCatalog catalog, OldSiteAddress oldSite, SiteLanguages languages, List<ImportNote> notes)
{
    public const string ArticlesFolder = "articles/";

    private static readonly HashSet<string> ImportedStatuses = new(StringComparer.Ordinal) { "publish", "future", "draft", "pending", "private" };

    // Names the site already uses at the root of each language: the articles section and the data folder.
    private static readonly string[] ReservedAtRoot = ["articles", "index", "_index", "_data", "404"];

    private readonly Dictionary<string, HashSet<string>> _taken = new(StringComparer.Ordinal);

    private readonly Dictionary<long, PlannedDocument?> _pages = [];

    public ImmutableArray<PlannedDocument> Plan()
    {
        var candidates = catalog.Export.Items.Where(i => i.PostType is "post" or "page").ToList();
        foreach (var item in candidates.Where(i => !ImportedStatuses.Contains(i.Status)))
        {
            notes.Add(new ImportNote(ImportNoteKind.Skipped, Describe(item), $"status '{item.Status}' ({WhySkipped(item.Status)})"));
        }
        // Published items claim their slug before drafts, so the live address keeps its name.
        var imported = candidates.Where(i => ImportedStatuses.Contains(i.Status))
            .OrderBy(i => i.Status == "publish" ? 0 : 1).ThenBy(i => i.PostType == "page" ? 0 : 1).ThenBy(i => i.Id).ToList();
        var pagesById = imported.Where(i => i.PostType == "page").ToDictionary(i => i.Id);
        var planned = new List<PlannedDocument>();
        foreach (var item in imported)
        {
            if (item.PostType == "page")
            {
                // A page is planned once, possibly earlier as the parent of another.
                PlanPage(item, pagesById, 0);
            }
            else
            {
                planned.Add(PlanArticle(item));
            }
        }
        planned.AddRange(_pages.Values.OfType<PlannedDocument>());
        NoteUnlistedLanguages(planned);
        return [.. DropTakenAliases(TranslationKeys.Assign(planned)).OrderBy(d => d.Item.Id)];
    }

    /// <summary>Polylang's language of the item, placed in the site's folder for it when site.yml lists it.</summary>
    private ImportLanguage LanguageOf(WxrItem item)
    {
        if (item.TermsOf("language").Select(t => t.Slug).FirstOrDefault(s => s.Length > 0) is not { } slug)
        {
            return ImportLanguage.Default;
        }
        return languages.Find(slug) is { } code ? new ImportLanguage(code, languages.FolderOf(code), null) : new ImportLanguage(null, "", slug);
    }

    private void NoteUnlistedLanguages(List<PlannedDocument> planned)
    {
        foreach (var group in planned.Where(p => p.Language.Unlisted is not null).GroupBy(p => p.Language.Unlisted!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var why = languages.IsKnown ? $"site.yml does not list '{group.Key}' under languages:" : "site.yml could not be read, so the site's languages are unknown";
            notes.Add(new ImportNote(ImportNoteKind.Info, $"language {group.Key}",
                $"{group.Count()} posts and pages are in this language, but {why}; they went into the default language's folders, where they build as "
                + $"{languages.Default} pages, with 'language: {group.Key}' in their front matter. To publish them in their own language, add "
                + $"'{group.Key}:' under 'languages:' in site.yml and import again (then delete the earlier files the report lists)"));
        }
    }

    private PlannedDocument PlanArticle(WxrItem item)
    {
        var language = LanguageOf(item);
        var folder = language.Folder + ArticlesFolder;
        var slug = UniqueSlug(item, folder);
        return Finish(item, false, folder, slug, $"/{folder}{slug}/", language);
    }

    private PlannedDocument? PlanPage(WxrItem item, Dictionary<long, WxrItem> pagesById, int depth)
    {
        if (_pages.TryGetValue(item.Id, out var done))
        {
            return done;
        }
        _pages[item.Id] = null;
        var language = LanguageOf(item);
        var folder = language.Folder;
        if (item.ParentId > 0 && depth < 8)
        {
            if (pagesById.TryGetValue(item.ParentId, out var parent) && PlanPage(parent, pagesById, depth + 1) is { } parentPlan)
            {
                if (parentPlan.Language.Folder == language.Folder)
                {
                    folder = parentPlan.Folder + parentPlan.Slug + "/";
                }
                else
                {
                    notes.Add(new ImportNote(ImportNoteKind.Info, Describe(item), $"its parent page {item.ParentId} is in another language, so it sits at the top level of its own"));
                }
            }
            else
            {
                notes.Add(new ImportNote(ImportNoteKind.Info, Describe(item), $"its parent page {item.ParentId} is not imported, so it sits at the top level"));
            }
        }
        var slug = UniqueSlug(item, folder);
        var plan = Finish(item, true, folder, slug, "/" + folder + slug + "/", language);
        _pages[item.Id] = plan;
        return plan;
    }

    private PlannedDocument Finish(WxrItem item, bool isPage, string folder, string slug, string url, ImportLanguage language)
    {
        // Scheduled posts have no public address yet, drafts and private posts never had one: nothing to keep working.
        var wasPublic = item.Status == "publish";
        var isLinkable = item.Status == "publish" && item.Password.Length == 0;
        var aliases = ImmutableArray.CreateBuilder<string>();
        var hostAddresses = ImmutableArray.CreateBuilder<string>();
        foreach (var address in item.Status is "publish" or "future" ? new[] { item.Link, item.Guid } : [])
        {
            if (oldSite.PathOf(address) is not { } path)
            {
                continue;
            }
            if (path.Contains('?'))
            {
                if (wasPublic)
                {
                    AddOnce(hostAddresses, path);
                }
                continue;
            }
            var alias = SitePath.Normalize(Uri.UnescapeDataString(path));
            if (alias == url || alias == "/")
            {
                continue;
            }
            if (SitePath.Problem(alias) is { } problem)
            {
                notes.Add(new ImportNote(ImportNoteKind.Renamed, Describe(item), $"the old address {alias} cannot be kept: {problem}"));
                continue;
            }
            AddOnce(aliases, alias);
        }
        if (wasPublic)
        {
            AddOnce(hostAddresses, oldSite.BasePath + (isPage ? "/?page_id=" : "/?p=") + item.Id);
        }
        return new PlannedDocument(item, isPage, folder, slug, url, isLinkable, aliases.ToImmutable(), hostAddresses.ToImmutable(), language);
    }

    private string UniqueSlug(WxrItem item, string folder)
    {
        var decoded = Uri.UnescapeDataString(item.Name.Trim());
        var slug = decoded;
        if (slug.Length == 0 || slug.Contains('/') || SitePath.Problem(slug) is not null || slug.StartsWith('_') || slug.StartsWith('.'))
        {
            slug = Slugifier.Slugify(WebUtility.HtmlDecode(item.Title));
            slug = slug.Length == 0 ? $"{item.PostType}-{item.Id}" : slug;
            if (decoded.Length > 0)
            {
                notes.Add(new ImportNote(ImportNoteKind.Renamed, Describe(item), $"the slug \"{decoded}\" cannot be a file name; it became \"{slug}\""));
            }
        }
        var taken = _taken.TryGetValue(folder, out var set) ? set : _taken[folder] = Reserved(folder);
        var unique = slug;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{slug}-{n}";
        }
        if (unique != slug)
        {
            notes.Add(new ImportNote(ImportNoteKind.Renamed, Describe(item), $"the slug \"{slug}\" is already used in content/{folder}; it became \"{unique}\""));
        }
        return unique;
    }

    /// <summary>The names a folder cannot give a post or page: at the root of each language, its sections and, at the very root, the language folders.</summary>
    private HashSet<string> Reserved(string folder)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (folder.Length == 0 || languages.Others.Any(code => folder == code + "/"))
        {
            names.UnionWith(ReservedAtRoot);
        }
        if (folder.Length == 0)
        {
            names.UnionWith(languages.Others);
        }
        return names;
    }

    /// <summary>An old address that is now another page's address, or another item's old address too, cannot redirect to both.</summary>
    private IEnumerable<PlannedDocument> DropTakenAliases(List<PlannedDocument> planned)
    {
        var urls = planned.Select(p => p.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in planned)
        {
            var kept = document.Aliases.Where(alias =>
            {
                if (!urls.Contains(alias) && seen.Add(alias))
                {
                    return true;
                }
                notes.Add(new ImportNote(ImportNoteKind.Renamed, Describe(document.Item), $"the old address {alias} is also another page's address; it was not kept as an alias"));
                return false;
            }).ToImmutableArray();
            yield return document with { Aliases = kept };
        }
    }

    private static void AddOnce(ImmutableArray<string>.Builder list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static string WhySkipped(string status) => status switch
    {
        "trash" => "in the trash",
        "auto-draft" => "an empty draft WordPress made on its own",
        "inherit" => "a revision",
        _ => "not a status TrustSite knows",
    };

    public static string Describe(WxrItem item) =>
        $"{item.PostType} {item.Id} \"{Shorten(WebUtility.HtmlDecode(item.Title))}\"";

    private static string Shorten(string text) => text.Length > 50 ? text[..50] + "…" : text;
}
