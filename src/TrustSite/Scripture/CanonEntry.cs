namespace TrustSite.Scripture;

/// <summary>One book as written in the canon's data: names and abbreviations separated by '|', verse counts separated by spaces.</summary>
/// <remarks>A numbered book (1 Samuel) gives its ordinal and its names without the number ("Samuel"); the name index adds "1 ", "1", "I ", "First " and the Spanish ordinals.</remarks>
internal sealed record CanonEntry(string Code, int Ordinal, string EnglishNames, string SpanishNames, string EnglishAbbreviations, string SpanishAbbreviations, string VerseCounts)
{
    public static string[] Split(string names) => names.Length == 0 ? [] : names.Split('|');

    public string Name => Prefix + Split(EnglishNames)[0];

    public string SpanishName => Prefix + Split(SpanishNames)[0];

    private string Prefix => Ordinal == 0 ? "" : $"{Ordinal} ";
}
