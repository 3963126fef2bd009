using System.Collections.Immutable;
using System.Text;
using TrustSite.Output;

namespace TrustSite.Import;

/// <summary>redirects.txt: the old addresses with a query (/?p=12), which no static file can answer, as rules the build adds to
/// the host's _redirects file: <c>/ p=12 /articles/hope/ 301!</c>, Netlify's query matching.</summary>
/// <remarks>The '!' forces the rule: without it Netlify serves the home page, which exists at /, and never looks at the query.</remarks>
public static class HostRedirectsFile
{
    public const string SitePath = HostRedirectRules.FileName;

    public static ImmutableArray<HostRedirect> Of(IEnumerable<ComposedDocument> documents) =>
    [
        .. documents.SelectMany(d => d.Plan.HostAddresses.Select(a => new HostRedirect(a, d.Plan.Url)))
            .OrderBy(r => r.To, StringComparer.Ordinal).ThenBy(r => r.From, StringComparer.Ordinal),
    ];

    /// <summary>The file's text, or null when no old address has a query.</summary>
    public static string? Render(ImmutableArray<HostRedirect> redirects)
    {
        if (redirects.IsEmpty)
        {
            return null;
        }
        var text = new StringBuilder()
            .Append("# Old WordPress addresses with a query (?p=ID), written by trustsite import wordpress.\n")
            .Append("# The build adds these rules to _redirects, in Netlify's format: old path, query to match, new address, status.\n");
        foreach (var redirect in redirects)
        {
            text.Append(Rule(redirect)).Append('\n');
        }
        return text.ToString();
    }

    public static string Rule(HostRedirect redirect)
    {
        var query = redirect.From.IndexOf('?');
        return $"{redirect.From[..query]} {redirect.From[(query + 1)..].Replace('&', ' ')} {redirect.To} 301!";
    }
}
