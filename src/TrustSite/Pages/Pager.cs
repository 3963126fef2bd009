using System.Collections.Immutable;

namespace TrustSite.Pages;

/// <summary>Where a page of a paginated list sits: its number, how many there are, and the address of each.</summary>
public sealed record Pager(int Number, ImmutableArray<string> PageUrls)
{
    public int Total => PageUrls.Length;

    public string? PreviousUrl => Number > 1 ? PageUrls[Number - 2] : null;

    public string? NextUrl => Number < Total ? PageUrls[Number] : null;
}
