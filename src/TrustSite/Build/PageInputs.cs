using System.Collections.Immutable;
using TrustSite.Pages;

namespace TrustSite.Build;

/// <summary>What a page is made of, for the preview to tell whether it must be rendered again: its documents by identity, the rest as text.</summary>
internal static class PageInputs
{
    /// <param name="siteWide">What `site` shows on every page of the language, from <see cref="SiteWide"/>.</param>
    public static ImmutableArray<object?> Of(PagePlan plan, LanguageSite language, IReadOnlyDictionary<string, string> translations, object siteWide)
    {
        var inputs = ImmutableArray.CreateBuilder<object?>();
        inputs.Add(siteWide);
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

    /// <summary>What every page of a language may show of the whole site: its sections, terms, pages' addresses, the copyright year.</summary>
    public static string SiteWide(SiteModel site, LanguageSite language)
    {
        var text = new System.Text.StringBuilder();
        text.Append(site.AllArticles.Where(a => a.Date is not null).Select(a => a.Date!.Value.Year).DefaultIfEmpty().Max())
            .Append('|').AppendJoin(',', site.Languages.Select(l => l.Code)).Append('|').Append(language.Articles.Length > 0);
        foreach (var section in language.Sections)
        {
            text.Append("\ns:").Append(section.Name).Append('|').Append(section.Title).Append('|').Append(section.Url).Append('|').Append(section.Articles.Length);
        }
        foreach (var taxonomy in language.Taxonomies)
        {
            text.Append("\nt:").Append(taxonomy.Name);
            foreach (var term in taxonomy.Terms)
            {
                text.Append('|').Append(term.Name).Append('=').Append(term.Articles.Length);
            }
        }
        foreach (var page in language.Pages)
        {
            text.Append("\np:").Append(page.Published.Document.TranslationKey).Append('=').Append(page.Url);
        }
        return text.ToString();
    }

    /// <summary>For each translation key, the addresses of its versions, so that a new translation re-renders its siblings' switchers.</summary>
    public static IReadOnlyDictionary<string, string> Translations(ImmutableArray<PagePlan> plans) =>
        plans.GroupBy(p => p.TranslationKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join('|', g.Select(p => p.Language + "=" + p.Url).Order(StringComparer.Ordinal)), StringComparer.Ordinal);
}
