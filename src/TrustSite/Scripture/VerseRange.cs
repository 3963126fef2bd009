using System.Globalization;

namespace TrustSite.Scripture;

/// <summary>One verse (First == Last) or a run of verses.</summary>
public readonly record struct VerseRange(int First, int Last)
{
    public override string ToString() =>
        First == Last ? First.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
}
