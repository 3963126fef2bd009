namespace TrustSite.Import.WordPress;

/// <summary>A term attached to an item: &lt;category domain="post_tag" nicename="trust"&gt;Trust&lt;/category&gt;.</summary>
public sealed record WxrItemTerm(string Domain, string Slug, string Name);
