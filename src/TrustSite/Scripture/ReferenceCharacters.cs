using System.Buffers;
using System.Globalization;

namespace TrustSite.Scripture;

/// <summary>The character classes that reference reading depends on, each a constant-time test that never allocates.</summary>
internal static class ReferenceCharacters
{
    // What may follow a chapter-only reference: the end of a sentence or clause, a closing bracket or quote, or the start of an aside.
    private static readonly SearchValues<char> ClauseEnders = SearchValues.Create(".,;:!?)]}([\"'«»“”‘’„…*-\u2010\u2011\u2012\u2013\u2014¡¿");

    private static readonly SearchValues<char> Dashes = SearchValues.Create("-\u2010\u2011\u2012\u2013\u2014\u2212");

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsCombiningMark(c);

    public static bool IsCombiningMark(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>A space inside a line: ordinary, tab, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009) and figure (U+2007) spaces.</summary>
    public static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007';

    public static bool IsDash(char c) => Dashes.Contains(c);

    public static bool IsClauseEnder(char c) => ClauseEnders.Contains(c);

    /// <summary>Folds case and Spanish accents, so "GÉNESIS", "Génesis" and "Genesis" compare equal; every space becomes ' '.</summary>
    public static char Fold(char c)
    {
        if (IsHorizontalSpace(c))
        {
            return ' ';
        }
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return char.ToLowerInvariant(c) switch
        {
            'á' or 'à' or 'â' or 'ä' => 'a',
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            var other => other,
        };
    }
}
