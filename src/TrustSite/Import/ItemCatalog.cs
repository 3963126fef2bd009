using System.Collections.Frozen;
using System.Net;
using TrustSite.Import.WordPress;

namespace TrustSite.Import;

/// <summary>The export indexed for look-ups: items by id, attachments by parent, authors' names, the category tree.</summary>
public sealed class ItemCatalog
{
    private readonly FrozenDictionary<long, WxrItem> _byId;
    private readonly FrozenDictionary<long, WxrItem[]> _attachmentsByParent;
    private readonly FrozenDictionary<string, string> _authors;
    private readonly FrozenDictionary<string, WxrTerm> _categories;

    public ItemCatalog(WxrExport export)
    {
        Export = export;
        _byId = export.Items.GroupBy(i => i.Id).ToFrozenDictionary(g => g.Key, g => g.First());
        _attachmentsByParent = export.Items.Where(i => i.PostType == "attachment" && i.ParentId > 0)
            .GroupBy(i => i.ParentId)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(i => i.MenuOrder).ThenBy(i => i.Id).ToArray());
        _authors = export.Authors.Where(a => a.Login.Length > 0).GroupBy(a => a.Login, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().DisplayName, StringComparer.Ordinal);
        _categories = export.Terms.Where(t => t.Taxonomy == "category" && t.Slug.Length > 0).GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public WxrExport Export { get; }

    public WxrItem? Item(long id) => _byId.GetValueOrDefault(id);

    public WxrItem? Attachment(long id) => Item(id) is { PostType: "attachment" } item ? item : null;

    public IReadOnlyList<WxrItem> AttachmentsOf(long parentId) => _attachmentsByParent.GetValueOrDefault(parentId) ?? [];

    public string? ReusableBlock(long id) => Item(id) is { PostType: "wp_block" } block ? block.Content : null;

    /// <summary>The author's display name, or the login when the export lists no name.</summary>
    public string? AuthorName(string login) =>
        login.Length == 0 ? null : _authors.TryGetValue(login, out var name) && name.Trim().Length > 0 ? WebUtility.HtmlDecode(name.Trim()) : login;

    /// <summary>A category's place in the tree, "Marriage › Infidelity › Recovery", for the report.</summary>
    public string CategoryPath(string slug)
    {
        var names = new List<string>();
        for (var current = slug; current.Length > 0 && names.Count < 20 && _categories.TryGetValue(current, out var term); current = term.ParentSlug)
        {
            names.Insert(0, WebUtility.HtmlDecode(term.Name));
        }
        return names.Count == 0 ? slug : string.Join(" › ", names);
    }
}
