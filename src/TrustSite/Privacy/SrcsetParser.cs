namespace TrustSite.Privacy;

/// <summary>Splits a srcset attribute into its addresses, as browsers do (WHATWG "parse a srcset attribute").</summary>
internal static class SrcsetParser
{
    /// <summary>Each candidate's address with its offset in the value: "a.jpg 1x, https://cdn/b.jpg 2x" gives two.</summary>
    public static IEnumerable<(int Offset, string Url)> Parse(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ','))
            {
                i++;
            }
            if (i >= value.Length)
            {
                yield break;
            }
            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }
            var url = value[start..i];
            if (url.EndsWith(','))
            {
                // "a.jpg,b.jpg 2x": a comma straight after the address ends the candidate, with no descriptors.
                yield return (start, url.TrimEnd(','));
                continue;
            }
            yield return (start, url);
            i = SkipDescriptors(value, i);
        }
    }

    private static int SkipDescriptors(string value, int i)
    {
        var depth = 0;
        for (; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    return i + 1;
            }
        }
        return i;
    }
}
