namespace TrustSite.Import;

/// <summary>Pairs translations as Polylang grouped them (the post_translations taxonomy): every member of a group gets the
/// build's translation key of its default-language member (articles/what-forgiveness-is), the way content/es/ pairs with content/.</summary>
public static class TranslationKeys
{
    public const string Taxonomy = "post_translations";

    public static List<PlannedDocument> Assign(List<PlannedDocument> planned)
    {
        var keys = new Dictionary<long, string>();
        var groups = planned
            .Where(p => p.Language.Code is not null)
            .Select(p => (Plan: p, Group: p.Item.TermsOf(Taxonomy).Select(t => t.Slug).FirstOrDefault(s => s.Length > 0)))
            .Where(m => m.Group is not null)
            .GroupBy(m => m.Group!, m => m.Plan, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.OrderBy(p => p.Language.Folder.Length == 0 ? 0 : 1).ThenBy(p => p.Item.Id).ToList();
            if (members.Select(p => p.Language.Code).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            // The default language's version keeps the key the build gives it anyway; the others name it.
            var key = members[0].PathKey;
            foreach (var member in members.Where(m => m.PathKey != key))
            {
                keys[member.Item.Id] = key;
            }
        }
        return [.. planned.Select(p => keys.TryGetValue(p.Item.Id, out var key) ? p with { TranslationKey = key } : p)];
    }
}
