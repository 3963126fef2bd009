using System.Collections.Immutable;
using TrustSite.Pages;

namespace TrustSite.Build;

/// <summary>What a page is made of, for the preview to tell whether it must be rendered again: its documents by identity, the rest as text.</summary>
internal static class PageInputs
{
    public static ImmutableArray<object?> Of(PagePlan plan, LanguageSite language, IReadOnlyDictionary<string, string> translations)
    {
        var inputs = ImmutableArray.CreateBuilder<object?>();
        inputs.Add($"{plan.Kind}|{plan.Language}|{plan.Url}|{plan.Title}|{plan.Pager?.Number}/{plan.Pager?.Total}|{plan.NoIndex}|{plan.AliasTarget}");
        inputs.Add(plan.Section is { } section ? $"{section.Title}|{section.Url}" : "");
        inputs.Add(translations.GetValueOrDefault(plan.TranslationKey) ?? "");
        inputs.Add(plan.Document);
        inputs.Add(plan.Older);
        inputs.Add(plan.Newer);
        inputs.AddRange(plan.Items);
        if (plan.Kind == PageKind.Article && plan.Document is { } article)
        {
            inputs.AddRange(language.Related.For(article));
            foreach (var name in article.Published.Document.FrontMatter.Series)
            {
                inputs.AddRange(language.Taxonomies.FirstOrDefault(t => t.Name == "series")?.Find(name)?.Articles ?? []);
            }
        }
        if (plan.Taxonomy is { } taxonomy && plan.Term is null)
        {
            inputs.Add(string.Join('|', taxonomy.Terms.Select(t => $"{t.Name}:{t.Articles.Length}")));
        }
        return inputs.ToImmutable();
    }

    /// <summary>For each translation key, the addresses of its versions, so that a new translation re-renders its siblings' switchers.</summary>
    public static IReadOnlyDictionary<string, string> Translations(ImmutableArray<PagePlan> plans) =>
        plans.GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('|', g.Select(p => p.Language + "=" + p.Url).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
}
