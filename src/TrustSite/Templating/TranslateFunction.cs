using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using TrustSite.Diagnostics;
using TrustSite.Templating.Views;

namespace TrustSite.Templating;

/// <summary>`{{ t "read_more" }}`: the theme's text for the page's language, then the default language's; {0}, {1} take the other arguments.</summary>
public sealed class TranslateFunction(ThemeStrings strings, string defaultLanguage)
{
    public IScriptCustomFunction AsScriptFunction() =>
        DynamicCustomFunction.Create(this, typeof(TranslateFunction).GetMethod(nameof(Translate))!);

    public string Translate(TemplateContext context, SourceSpan span, string key, params object?[] arguments)
    {
        var language = context.GetValue(new ScriptVariableGlobal("page")) is PageView page ? page.Language : defaultLanguage;
        var text = strings.Find(language, key) ?? strings.Find(defaultLanguage, key);
        if (text is null)
        {
            var known = strings.ByLanguage.GetValueOrDefault(defaultLanguage)?.Keys ?? [];
            var hint = DidYouMean.Suggest(key, known) is { } best ? $"; did you mean \"{best}\"?" : "";
            throw new ScriptRuntimeException(span, $"no text \"{key}\" in the theme's i18n/{language}.yml or i18n/{defaultLanguage}.yml{hint}");
        }
        if (arguments.Length == 0)
        {
            return text;
        }
        return string.Format(CultureInfo.InvariantCulture, text, [.. arguments.Select(a => (object?)context.ObjectToString(a))]);
    }
}
