using Scriban;
using Scriban.Runtime;
using TrustSite.Configuration;
using TrustSite.Templating.Views;

namespace TrustSite.Templating;

/// <summary>`{{ bible_url "John 3:16" }}`: the address of a passage on the Bible site configured for the page's language.</summary>
public sealed class BibleUrlFunction(ScriptureConfig scripture, string defaultLanguage)
{
    public IScriptCustomFunction AsScriptFunction() =>
        DynamicCustomFunction.Create(this, typeof(BibleUrlFunction).GetMethod(nameof(Url))!);

    public string? Url(TemplateContext context, string reference)
    {
        var language = context.GetValue(new Scriban.Syntax.ScriptVariableGlobal("page")) is PageView page ? page.Language : defaultLanguage;
        var site = scripture.Sites.GetValueOrDefault(language) ?? scripture.Sites.GetValueOrDefault(defaultLanguage);
        return site is null
            ? null
            : site.UrlPattern.Replace("{ref}", Uri.EscapeDataString(reference.Trim()), StringComparison.Ordinal)
                .Replace("{version}", Uri.EscapeDataString(site.Version), StringComparison.Ordinal);
    }
}
