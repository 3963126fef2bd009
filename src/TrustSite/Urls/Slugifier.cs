using System.Globalization;
using System.Text;

namespace TrustSite.Urls;

/// <summary>Turns titles and file names into URL slugs: lower case, accents removed, words joined by '-'.</summary>
public static class Slugifier
{
    public static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Letters outside ASCII with no decomposition (ß, ø, CJK) are kept, lower-cased, rather than lost.
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c is not ('\'' or '’'))
            {
                pendingDash = true;
            }
        }
        return slug.ToString();
    }
}
