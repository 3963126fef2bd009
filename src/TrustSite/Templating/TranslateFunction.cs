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
    public IScriptCustomFunction AsScriptFunction() => new Call(this, fallback: false);

    /// <summary>`{{ t_or ("taxonomy_title." + name) fallback }}`: the same lookup, with the fallback text (formatted alike) where the theme has none, for keys built from site names.</summary>
    public IScriptCustomFunction AsFallbackScriptFunction() => new Call(this, fallback: true);

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

    private static readonly ScriptVariableGlobal PageVariable = new("page");

    private string Language(TemplateContext context) =>
        context.GetValue(PageVariable) is PageView page ? page.Language : defaultLanguage;

    private string? Find(string language, string key) => strings.Find(language, key) ?? strings.Find(defaultLanguage, key);

    private static string Format(TemplateContext context, string text, object?[] arguments) =>
        arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, [.. arguments.Select(a => (object?)context.ObjectToString(a))]);

    /// <summary>
    /// `t` and `t_or` as template functions: called directly, with the page's arguments as they are, rather than through Scriban's
    /// reflection over a method with a params array (themes call them dozens of times on every page).
    /// </summary>
    private sealed class Call(TranslateFunction owner, bool fallback) : IScriptCustomFunction
    {
        private int Required => fallback ? 2 : 1;

        public int RequiredParameterCount => Required;
        public int ParameterCount => Required;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : index == 1 && fallback ? "fallback" : "argument");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            // Scriban checks that at least RequiredParameterCount arguments came before the call.
            var span = callerContext?.Span ?? default;
            var key = context.ObjectToString(arguments[0]) ?? "";
            var rest = new object?[arguments.Count - Required];
            for (var i = 0; i < rest.Length; i++)
            {
                rest[i] = arguments[Required + i];
            }
            return fallback ? owner.TranslateOr(context, key, context.ObjectToString(arguments[1]) ?? "", rest) : owner.Translate(context, span, key, rest);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
