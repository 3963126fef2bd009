namespace TrustSite.Templating;

/// <summary>Rephrases Scriban's messages where they are cryptic for theme authors.</summary>
public static class TemplateErrors
{
    public static string Explain(string message)
    {
        var text = message.TrimEnd('.');
        if (text.Contains("was not found", StringComparison.Ordinal) && text.StartsWith("The variable or function", StringComparison.Ordinal))
        {
            return text.Replace("The variable or function", "unknown variable or function", StringComparison.Ordinal)
                + " (templates run in strict mode: check the spelling, or see the README for what templates can use)";
        }
        if (text.StartsWith("Cannot get member with name ", StringComparison.Ordinal))
        {
            return $"unknown member '{text["Cannot get member with name ".Length..]}' (check the spelling, or see the README for the fields of page and site)";
        }
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : message;
    }
}
