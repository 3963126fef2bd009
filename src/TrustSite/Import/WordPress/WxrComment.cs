namespace TrustSite.Import.WordPress;

/// <summary>A comment on an item; the commenter's email, address and IP are deliberately not read.</summary>
/// <param name="Approved">"1" approved, "0" waiting, "spam" or "trash".</param>
/// <param name="Type">"comment" (or "" in old exports), "pingback", "trackback".</param>
public sealed record WxrComment(string Author, string Date, string DateGmt, string Content, string Approved, string Type)
{
    public bool IsApprovedComment => Approved == "1" && Type is "" or "comment";
}
