namespace TrustSite.Privacy;

/// <summary>Reads the address of &lt;meta http-equiv="refresh" content="0; url=..."&gt;, as browsers do.</summary>
internal static class MetaRefresh
{
    /// <summary>The address and its offset in the content, or null when the refresh reloads the page itself.</summary>
    public static (int Offset, string Url)? Parse(string content)
    {
        var i = 0;
        while (i < content.Length && (char.IsWhiteSpace(content[i]) || char.IsAsciiDigit(content[i]) || content[i] == '.'))
        {
            i++;
        }
        while (i < content.Length && (char.IsWhiteSpace(content[i]) || content[i] is ';' or ','))
        {
            i++;
        }
        if (content.AsSpan(i).StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var j = i + 3;
            while (j < content.Length && char.IsWhiteSpace(content[j]))
            {
                j++;
            }
            if (j < content.Length && content[j] == '=')
            {
                i = j + 1;
                while (i < content.Length && char.IsWhiteSpace(content[i]))
                {
                    i++;
                }
            }
        }
        if (i >= content.Length)
        {
            return null;
        }
        var quote = content[i] is '"' or '\'' ? content[i] : '\0';
        var start = quote == '\0' ? i : i + 1;
        var end = quote == '\0' ? content.Length : content.IndexOf(quote, start) is var close and >= 0 ? close : content.Length;
        var url = content[start..end].Trim();
        return url.Length == 0 ? null : (start, url);
    }
}
