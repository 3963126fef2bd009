using System.Collections.Immutable;

namespace TrustSite.Scripture;

/// <summary>A book of the Protestant canon: its place, its USFM code, its English and Spanish names and the number of verses of each chapter.</summary>
public sealed record Book(int Number, string Code, string Name, string SpanishName, ImmutableArray<int> VerseCounts)
{
    public int ChapterCount => VerseCounts.Length;

    public bool HasChapter(int chapter) => chapter >= 1 && chapter <= ChapterCount;

    public bool HasVerse(int chapter, int verse) => HasChapter(chapter) && verse >= 1 && verse <= VerseCounts[chapter - 1];

    /// <summary>The name a citation uses: "Psalm 23" reads as one psalm, while the book is "Psalms".</summary>
    public string CitationName => Code == "PSA" ? "Psalm" : Name;

    public override string ToString() => Name;
}
