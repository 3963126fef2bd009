using System.Globalization;
using System.Text;

namespace TrustSite.Pages;

/// <summary>Decides when two spellings are one term: "Matrimonio y Fe" and "matrimonio y fé" are; "grief & loss" and "grief loss" are not.</summary>
public static class TermKey
{
    public static string Of(string name)
    {
        var key = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }
            if (space)
            {
                key.Append(' ');
                space = false;
            }
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }
}
