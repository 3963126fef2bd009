using System.Text;

namespace TrustSite.Minify;

/// <summary>Removes comments and needless spaces from CSS, leaving strings exactly as written; safe rather than smallest.</summary>
public static class CssMinifier
{
    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = output.Length > 0;
                continue;
            }
            if (c is '"' or '\'')
            {
                var end = i + 1;
                while (end < css.Length && css[end] != c)
                {
                    end += css[end] == '\\' ? 2 : 1;
                }
                AppendSpace(output, ref pendingSpace);
                output.Append(css, i, Math.Min(end + 1, css.Length) - i);
                i = end;
                continue;
            }
            // Around braces, semicolons and commas a space never matters; elsewhere (selectors, calc) one is kept.
            if (c is '{' or '}' or ';' or ',')
            {
                pendingSpace = false;
                if (c == '}' && output.Length > 0 && output[^1] == ';')
                {
                    output.Length--;
                }
                output.Append(c);
                continue;
            }
            AppendSpace(output, ref pendingSpace);
            output.Append(c);
        }
        return output.ToString();
    }

    private static void AppendSpace(StringBuilder output, ref bool pendingSpace)
    {
        if (pendingSpace && output[^1] is not ('{' or '}' or ';' or ','))
        {
            output.Append(' ');
        }
        pendingSpace = false;
    }
}
