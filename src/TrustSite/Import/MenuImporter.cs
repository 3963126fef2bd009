using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using TrustSite.Import.WordPress;
using TrustSite.Import.Writing;
using TrustSite.Urls;

namespace TrustSite.Import;

/// <summary>WordPress menus (nav_menu_item) as TrustSite menus: entries pointing at imported pages, articles or other sites;
/// TrustSite menus are flat, so sub-entries follow their parent.</summary>
public sealed class MenuImporter(ItemCatalog catalog, OldSiteAddress oldSite, FrozenDictionary<long, PlannedDocument> byId,
    FrozenDictionary<string, PlannedDocument> byOldAddress, List<ImportNote> notes)
{
    /// <summary>Each menu's TrustSite name with its entries, in WordPress's order; empty menus are left out.</summary>
    public ImmutableArray<(string Menu, ImmutableArray<(string Name, string Url)> Items)> Import()
    {
        var entries = catalog.Export.Items.Where(i => i.PostType == "nav_menu_item" && i.Status == "publish").OrderBy(i => i.Id).ToList();
        var menus = entries.SelectMany(e => e.TermsOf("nav_menu").Take(1).Select(t => (Term: t, Entry: e)))
            .GroupBy(x => x.Term.Slug, StringComparer.Ordinal)
            .Select(g => (Slug: g.Key, Name: g.First().Term.Name, Entries: g.Select(x => x.Entry).OrderBy(e => e.MenuOrder).ThenBy(e => e.Id).ToList()))
            .ToList();
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<(string, string)>)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var menu in menus)
        {
            var items = menu.Entries.Select(e => Resolve(e, menu.Name)).OfType<(string, string)>().ToImmutableArray();
            if (menu.Entries.Any(e => e.MetaValue("_menu_item_menu_item_parent") is { } p && p != "0"))
            {
                notes.Add(new ImportNote(ImportNoteKind.Info, $"menu \"{menu.Name}\"", "has sub-entries; TrustSite menus are flat, so they follow their parent"));
            }
            if (items.Length == 0)
            {
                continue;
            }
            var key = TrustSiteName(menu.Slug, names);
            notes.Add(new ImportNote(ImportNoteKind.Info, $"menu \"{menu.Name}\"", $"became menus.{key} ({(items.Length == 1 ? "1 entry" : $"{items.Length} entries")})"));
            result.Add((key, items));
        }
        return result.ToImmutable();
    }

    /// <summary>The YAML of a `menus:` block for site.yml.</summary>
    public static string ToYaml(ImmutableArray<(string Menu, ImmutableArray<(string Name, string Url)> Items)> menus)
    {
        var text = new StringBuilder("menus:\n");
        foreach (var (menu, items) in menus)
        {
            text.Append("  ").Append(YamlScalar.Plain(menu)).Append(":\n");
            foreach (var (name, url) in items)
            {
                text.Append("    - name: ").Append(YamlScalar.Quoted(name)).Append('\n')
                    .Append("      url: ").Append(YamlScalar.Quoted(url)).Append('\n');
            }
        }
        return text.ToString();
    }

    private (string Name, string Url)? Resolve(WxrItem entry, string menuName)
    {
        var type = entry.MetaValue("_menu_item_type") ?? "";
        var objectId = long.TryParse(entry.MetaValue("_menu_item_object_id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var label = PlainText.FromHtml(entry.Title);
        string? Skip(string why)
        {
            notes.Add(new ImportNote(ImportNoteKind.Skipped, $"menu \"{menuName}\" entry \"{(label.Length > 0 ? label : entry.Id.ToString(CultureInfo.InvariantCulture))}\"", why));
            return null;
        }
        var url = type switch
        {
            "post_type" when byId.TryGetValue(objectId, out var target) =>
                target.IsLinkable ? target.Url : Skip("it points to a draft, private or scheduled item"),
            "post_type" => Skip($"it points to item {objectId}, which was not imported"),
            "taxonomy" => Skip($"it points to a {entry.MetaValue("_menu_item_object") ?? "taxonomy"} page, and TrustSite has no category or tag pages yet"),
            "custom" => Custom(entry.MetaValue("_menu_item_url") ?? "", Skip),
            _ => Skip($"menu entries of type '{type}' are not supported"),
        };
        if (url is null)
        {
            return null;
        }
        if (label.Length == 0)
        {
            label = byId.TryGetValue(objectId, out var target) ? DocumentComposer.Title(target) : url;
        }
        return (WebUtility.HtmlDecode(label), url);
    }

    private string? Custom(string url, Func<string, string?> skip)
    {
        if (oldSite.PageKeyOf(url) is { } key)
        {
            if (key is "" or "/")
            {
                return "/";
            }
            return byOldAddress.TryGetValue(key, out var target) && target.IsLinkable ? target.Url : skip($"{url} is on the old site but is not an imported page");
        }
        return SafeUrl.IsAbsoluteHttp(url) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            ? url
            : skip($"\"{url}\" is not an address TrustSite can link to");
    }

    // The trust theme shows menus.main in the header and menus.footer in the footer.
    private static string TrustSiteName(string slug, HashSet<string> used)
    {
        var wanted = slug.Contains("footer", StringComparison.OrdinalIgnoreCase) ? "footer" : used.Contains("main") ? slug : "main";
        var name = wanted;
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{wanted}-{n}";
        }
        return name;
    }
}
