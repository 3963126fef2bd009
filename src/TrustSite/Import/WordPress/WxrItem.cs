using System.Collections.Immutable;

namespace TrustSite.Import.WordPress;

/// <summary>One &lt;item&gt; of the export: a post, page, attachment, menu entry or anything else WordPress stores as a post.</summary>
/// <param name="Line">The line of the &lt;item&gt; in the export, for diagnostics.</param>
/// <param name="Name">wp:post_name, the slug as WordPress stores it (percent-encoded when it has non-ASCII letters).</param>
/// <param name="Date">wp:post_date, in the site's time zone, "yyyy-MM-dd HH:mm:ss".</param>
/// <param name="DateGmt">wp:post_date_gmt, "0000-00-00 00:00:00" for drafts that were never published.</param>
public sealed record WxrItem(
    int Line,
    long Id,
    string Title,
    string Link,
    string Guid,
    string Creator,
    string Content,
    string Excerpt,
    string PostType,
    string Status,
    string Name,
    string Date,
    string DateGmt,
    string Modified,
    string ModifiedGmt,
    long ParentId,
    int MenuOrder,
    string Password,
    string AttachmentUrl,
    ImmutableArray<WxrItemTerm> Terms,
    ImmutableDictionary<string, string> Meta,
    ImmutableArray<WxrComment> Comments)
{
    public string? MetaValue(string key) => Meta.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public IEnumerable<WxrItemTerm> TermsOf(string domain) => Terms.Where(t => t.Domain == domain);
}
