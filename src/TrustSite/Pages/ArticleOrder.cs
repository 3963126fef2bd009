using TrustSite.Markdown;

namespace TrustSite.Pages;

/// <summary>The order of articles in every list: newest first, then by weight, title and file, so that it never depends on the file system.</summary>
public sealed class ArticleOrder : IComparer<RenderedDocument>
{
    public static ArticleOrder Instance { get; } = new();

    public int Compare(RenderedDocument? x, RenderedDocument? y)
    {
        if (ReferenceEquals(x, y)) { return 0; }
        if (x is null) { return 1; }
        if (y is null) { return -1; }
        var byDate = Nullable.Compare(y.Date, x.Date);
        if (byDate != 0) { return byDate; }
        var byWeight = x.Published.Document.FrontMatter.Weight.CompareTo(y.Published.Document.FrontMatter.Weight);
        if (byWeight != 0) { return byWeight; }
        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Published.SitePath, y.Published.SitePath);
    }
}
