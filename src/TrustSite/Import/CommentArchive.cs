using System.Collections.Immutable;
using System.Text;
using TrustSite.Import.WordPress;
using TrustSite.Import.Writing;

namespace TrustSite.Import;

/// <summary>content/_wordpress/comments.yml: approved comments kept for the record, never published,
/// with the commenter's name only: no email, website or IP address is ever read.</summary>
public static class CommentArchive
{
    // Not in content/_data/: every build and every preview rebuild parses the data files there, and no template reads
    // these comments (2,000 posts' worth took 260-390 ms a rebuild). A folder starting with '_' is never published.
    public const string SitePath = "content/_wordpress/comments.yml";

    /// <summary>The file's text (null when there is no approved comment), how many were kept, and why the others were not.</summary>
    public static (string? Yaml, int Kept, ImmutableSortedDictionary<string, int> LeftOut) Build(IEnumerable<PlannedDocument> documents)
    {
        var text = new StringBuilder();
        var kept = 0;
        var leftOut = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents.OrderBy(d => d.Folder + d.Slug, StringComparer.Ordinal))
        {
            var approved = new List<WxrComment>();
            foreach (var comment in document.Item.Comments)
            {
                if (comment.IsApprovedComment)
                {
                    approved.Add(comment);
                }
                else
                {
                    var reason = WhyLeftOut(comment);
                    leftOut[reason] = leftOut.GetValueOrDefault(reason) + 1;
                }
            }
            if (approved.Count == 0)
            {
                continue;
            }
            kept += approved.Count;
            text.Append("- post: ").Append(YamlScalar.Plain(document.Slug)).Append('\n')
                .Append("  title: ").Append(YamlScalar.Quoted(DocumentComposer.Title(document))).Append('\n')
                .Append("  comments:\n");
            foreach (var comment in approved.OrderBy(c => c.DateGmt, StringComparer.Ordinal))
            {
                text.Append("    - author: ").Append(YamlScalar.Quoted(PlainText.FromHtml(comment.Author))).Append('\n')
                    .Append("      date: ").Append(WordPressDate.ToFrontMatter(comment.Date, comment.DateGmt) ?? "null").Append('\n')
                    .Append("      text: ").Append(YamlScalar.Quoted(PlainText.FromHtmlKeepingParagraphs(comment.Content))).Append('\n');
            }
        }
        var yaml = kept == 0 ? null
            : "# Comments from the WordPress site, kept for the record. TrustSite never publishes them.\n"
              + "# Only each commenter's name was imported: no email, website or IP address.\n" + text;
        return (yaml, kept, leftOut.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static string WhyLeftOut(WxrComment comment) => comment.Type switch
    {
        "pingback" or "trackback" => "pingbacks and trackbacks",
        _ => comment.Approved switch
        {
            "spam" => "spam",
            "trash" => "in the trash",
            _ => "waiting for approval",
        },
    };
}
