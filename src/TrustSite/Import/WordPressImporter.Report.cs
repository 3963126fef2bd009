using System.Collections.Immutable;
using TrustSite.Import.HtmlToMarkdown;
using TrustSite.Import.WordPress;

namespace TrustSite.Import;

public sealed partial class WordPressImporter
{
    private static readonly Dictionary<string, string> NotContent = new(StringComparer.Ordinal)
    {
        ["revision"] = "old versions of posts",
        ["wp_navigation"] = "block-theme navigation; menus are read from nav_menu_item",
        ["wp_global_styles"] = "theme settings",
        ["wp_template"] = "theme templates",
        ["wp_template_part"] = "theme templates",
        ["custom_css"] = "theme settings",
        ["customize_changeset"] = "theme settings",
        ["oembed_cache"] = "WordPress's own cache",
        ["user_request"] = "privacy requests, which must not be published",
        ["wp_font_family"] = "theme settings",
        ["wp_font_face"] = "theme settings",
    };

    private static ImportReport Report(WxrExport export, ItemCatalog catalog, ImmutableArray<ComposedDocument> documents, List<ImportNote> notes,
        ImportWriteLog log, (string? Yaml, int Kept, ImmutableSortedDictionary<string, int> LeftOut) comments,
        ImmutableArray<(string Menu, ImmutableArray<(string Name, string Url)> Items)> menus, MenuOutcome menuOutcome)
    {
        foreach (var document in documents)
        {
            NoteDocument(document, notes);
        }
        NoteOtherItems(export, notes);
        NoteCategories(catalog, documents, notes);
        if (comments.LeftOut.Count > 0)
        {
            notes.Add(new ImportNote(ImportNoteKind.Info, "comments", "not kept: " + string.Join(", ", comments.LeftOut.Select(c => $"{c.Key} {c.Value}"))));
        }
        return new ImportReport
        {
            SiteTitle = export.SiteTitle,
            WordPressVersion = export.WordPressVersion,
            Posts = documents.Count(d => !d.Plan.IsPage),
            Pages = documents.Count(d => d.Plan.IsPage),
            Drafts = documents.Count(d => DocumentComposer.IsDraft(d.Plan.Item)),
            Scheduled = documents.Count(d => d.Plan.Item.Status == "future"),
            Attachments = export.Items.Count(i => i.PostType == "attachment"),
            ConvertedCleanly = documents.Count(d => d.Issues.IsEmpty),
            CommentsKept = comments.Kept,
            CommentsLeftOut = comments.LeftOut.Values.Sum(),
            FilesWritten = log.Written,
            FilesUnchanged = log.Unchanged,
            MediaCopied = log.MediaCopied,
            Aliases = documents.Sum(d => d.Plan.Aliases.Length),
            Notes = [.. notes.Distinct().OrderBy(n => n.Kind).ThenBy(n => n.Subject, StringComparer.Ordinal).ThenBy(n => n.Detail, StringComparer.Ordinal)],
            Menus = menuOutcome,
            MenuYaml = menuOutcome == MenuOutcome.Suggested ? MenuImporter.ToYaml(menus) : null,
        };
    }

    private static void NoteDocument(ComposedDocument document, List<ImportNote> notes)
    {
        var item = document.Plan.Item;
        var path = document.SitePath;
        if (item.Status == "private")
        {
            notes.Add(new ImportNote(ImportNoteKind.NotPublic, path, "was private on the old site; imported as a draft"));
        }
        if (item.Password.Length > 0)
        {
            notes.Add(new ImportNote(ImportNoteKind.NotPublic, path, "was password-protected; imported as a draft, as a static site cannot ask for a password"));
        }
        if (document.Plan.IsNestedPage)
        {
            notes.Add(new ImportNote(ImportNoteKind.Info, path, $"is a page under another page, published at {document.Plan.Url}"));
        }
        foreach (var issue in document.Issues)
        {
            var kind = issue.Kind switch
            {
                ConversionIssueKind.RawHtml => ImportNoteKind.RawHtml,
                ConversionIssueKind.UnknownShortcode => ImportNoteKind.UnknownShortcode,
                _ => ImportNoteKind.Changed,
            };
            notes.Add(new ImportNote(kind, path, issue.Detail));
        }
        foreach (var media in document.MediaNotCopied)
        {
            notes.Add(new ImportNote(ImportNoteKind.MediaNotCopied, path, media));
        }
    }

    private static void NoteOtherItems(WxrExport export, List<ImportNote> notes)
    {
        foreach (var group in export.Items.Where(i => i.PostType is not ("post" or "page" or "attachment" or "nav_menu_item" or "wp_block"))
                     .GroupBy(i => i.PostType, StringComparer.Ordinal))
        {
            var why = NotContent.TryGetValue(group.Key, out var reason) ? reason : "a custom post type from a plugin or theme; convert it by hand if it matters";
            notes.Add(new ImportNote(ImportNoteKind.Skipped, $"{group.Count()} × {group.Key}", why));
        }
    }

    /// <summary>Categories are written by their own name; the report shows where each sat in WordPress's tree.</summary>
    private static void NoteCategories(ItemCatalog catalog, ImmutableArray<ComposedDocument> documents, List<ImportNote> notes)
    {
        var used = documents.SelectMany(d => d.Plan.Item.TermsOf("category")).GroupBy(t => t.Slug, StringComparer.Ordinal).Select(g => g.First());
        foreach (var term in used)
        {
            var path = catalog.CategoryPath(term.Slug);
            if (path.Contains('›'))
            {
                notes.Add(new ImportNote(ImportNoteKind.Info, "categories", $"{path} is written as \"{System.Net.WebUtility.HtmlDecode(term.Name)}\""));
            }
        }
    }
}
