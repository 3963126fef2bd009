using AngleSharp.Dom;

namespace TrustSite.Html;

/// <summary>One transformation of the HTML an author wrote by hand; stateless, so one instance serves every worker.</summary>
public interface IHtmlRewriter
{
    void Rewrite(IElement root, HtmlRewriteContext context);
}
