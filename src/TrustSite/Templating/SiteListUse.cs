using Scriban.Syntax;

namespace TrustSite.Templating;

/// <summary>Whether a theme shows every article or page of the site (`site.articles`, `site.pages`) on its pages.</summary>
/// <remarks>
/// The preview renders a page again only when what it shows changed. A theme that lists the whole site in, say, a sidebar makes
/// every page depend on every article; most themes do not, and their pages then depend only on what the page itself lists.
/// Any use of `site` that is not a plain member access (passed to a function, indexed by a string) counts as a use, to be safe.
/// </remarks>
public static class SiteListUse
{
    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal) { "articles", "pages" };

    public static bool Of(Theme theme)
    {
        var visitor = new SiteVisitor();
        foreach (var template in theme.Layouts.Values.Concat(theme.Partials.Values).Concat(theme.Shortcodes.Values))
        {
            visitor.Visit(template.Template.Page);
        }
        return visitor.ListsSite || visitor.SiteVariables > visitor.SiteMembers;
    }

    private sealed class SiteVisitor : ScriptVisitor
    {
        public int SiteVariables { get; private set; }

        public int SiteMembers { get; private set; }

        public bool ListsSite { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == "site")
            {
                SiteVariables++;
            }
            base.Visit(node);
        }

        public override void Visit(ScriptMemberExpression node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "site" })
            {
                SiteMembers++;
                ListsSite |= node.Member is ScriptVariable member && Lists.Contains(member.Name);
            }
            base.Visit(node);
        }
    }
}
