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

    /// <summary>`{{ t_or ("taxonomy_title." + name) fallback }}`: the same lookup, with the fallback text (formatted alike) where the theme has none, for keys built from site names.</summary>
    public IScriptCustomFunction AsFallbackScriptFunction() =>
        DynamicCustomFunction.Create(this, typeof(TranslateFunction).GetMethod(nameof(TranslateOr))!);

    public string Translate(TemplateContext context, SourceSpan span, string key, params object?[] arguments)
    {
        var language = Language(context);
        var text = Find(language, key);
        if (text is null)
        {
            var known = strings.ByLanguage.GetValueOrDefault(defaultLanguage)?.Keys ?? [];
            var hint = DidYouMean.Suggest(key, known) is { } best ? $"; did you mean \"{best}\"?" : "";
            var files = language == defaultLanguage ? $"i18n/{language}.yml" : $"i18n/{language}.yml or i18n/{defaultLanguage}.yml";
            throw new ScriptRuntimeException(span, $"no text \"{key}\" in the theme's {files}{hint}");
        }
        return Format(context, text, arguments);
    }

    public string TranslateOr(TemplateContext context, string key, string fallback, params object?[] arguments) =>
        Format(context, Find(Language(context), key) ?? fallback, arguments);

    private string Language(TemplateContext context) =>
        context.GetValue(new ScriptVariableGlobal("page")) is PageView page ? page.Language : defaultLanguage;

    private string? Find(string language, string key) => strings.Find(language, key) ?? strings.Find(defaultLanguage, key);

    private static string Format(TemplateContext context, string text, object?[] arguments) =>
        arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, [.. arguments.Select(a => (object?)context.ObjectToString(a))]);
}
