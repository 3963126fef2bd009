using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;

namespace TrustSite.Configuration;

/// <summary>Reads how content is organised: taxonomies, permalink patterns and related articles.</summary>
internal sealed class ContentRulesReader(DiagnosticBag diagnostics)
{
    public ImmutableArray<string> Taxonomies(YamlMapReader site)
    {
        if (!site.Has("taxonomies"))
        {
            return ["tags", "categories", "series"];
        }
        var names = site.StringList("taxonomies");
        foreach (var name in names)
        {
            if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || name.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, site.ValueLocationOf("taxonomies"),
                    $"taxonomy \"{name}\" must be a lower-case word, like tags", "the name is also the front matter key and the address, /tags/");
            }
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    public ImmutableDictionary<string, PermalinkPattern> Permalinks(YamlMapReader? yaml)
    {
        var patterns = ImmutableDictionary.CreateBuilder<string, PermalinkPattern>(StringComparer.Ordinal);
        if (yaml is null)
        {
            return patterns.ToImmutable();
        }
        foreach (var (section, _) in yaml.Entries)
        {
            var pattern = yaml.String(section);
            if (pattern is null)
            {
                continue;
            }
            var unknown = System.Text.RegularExpressions.Regex.Matches(pattern, @"\{[^}]*\}").Select(m => m.Value)
                .FirstOrDefault(p => !PermalinkPattern.Placeholders.Contains(p));
            if (unknown is not null || !pattern.Contains("{slug}", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf(section),
                    unknown is not null ? $"unknown placeholder {unknown} in the permalink of '{section}'" : $"the permalink of '{section}' must contain {{slug}}, so that two articles never share an address",
                    $"placeholders: {string.Join(", ", PermalinkPattern.Placeholders)}; for example /{{year}}/{{month}}/{{slug}}/");
                continue;
            }
            if (Urls.SitePath.Problem(pattern.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocationOf(section), $"the permalink of '{section}' cannot be used: {problem}",
                    "for example /{year}/{month}/{slug}/");
                continue;
            }
            patterns[section] = new PermalinkPattern(pattern);
        }
        return patterns.ToImmutable();
    }

    public int RelatedCount(YamlMapReader? yaml)
    {
        yaml?.RejectUnknownKeys(["count"], DiagnosticCodes.ConfigUnknownKey, "related");
        return yaml?.Int("count", 0, 50) ?? 3;
    }
}
