using System.Text;
using TrustSite.Pages;

namespace TrustSite.Output;

/// <summary>The _redirects file that Netlify and Cloudflare Pages read: one permanent redirect per alias, so old links answer 301,
/// then the site's own rules from redirects.txt (<see cref="HostRedirectRules"/>).</summary>
public static class RedirectsFile
{
    public const string FileName = "_redirects";

    public static string? Render(IEnumerable<PagePlan> plans, string basePath, IEnumerable<string> ownRules)
    {
        var lines = new StringBuilder();
        foreach (var plan in plans.Where(p => p.Kind == PageKind.Alias && p.AliasTarget is not null).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            lines.Append(basePath).Append(plan.Url.TrimStart('/')).Append(' ')
                .Append(basePath).Append(plan.AliasTarget!.TrimStart('/')).Append(" 301\n");
        }
        foreach (var rule in ownRules)
        {
            lines.Append(rule).Append('\n');
        }
        return lines.Length == 0 ? null : lines.ToString();
    }
}
