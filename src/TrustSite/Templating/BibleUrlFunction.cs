using Scriban;
using Scriban.Runtime;
using TrustSite.Scripture;
using TrustSite.Templating.Views;

namespace TrustSite.Templating;

/// <summary>`{{ bible_url "John 3:16" }}`: the address of a passage on the Bible site configured for the page's language, or null.</summary>
public sealed class BibleUrlFunction(ScriptureOptions scripture, string defaultLanguage)
{
    private readonly ScriptureLinkBuilder _links = new(scripture);

    public IScriptCustomFunction AsScriptFunction() =>
        DynamicCustomFunction.Create(this, typeof(BibleUrlFunction).GetMethod(nameof(Url))!);

    public string? Url(TemplateContext context, string reference)
    {
        var language = context.GetValue(new Scriban.Syntax.ScriptVariableGlobal("page")) is PageView page ? page.Language : defaultLanguage;
        var match = ScriptureFinder.Find(reference, language).FirstOrDefault();
        return match is null ? null : _links.Build(match.Reference, language);
    }
}
