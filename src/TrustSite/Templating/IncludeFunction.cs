using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using TrustSite.Diagnostics;

namespace TrustSite.Templating;

/// <summary>`{{ include "name.html" }}`: renders a partial parsed at load time, child theme first, into the page being written.</summary>
/// <remarks>The partial writes straight into the caller's output: rendering it to a string of its own first costs a copy of every partial of every page.</remarks>
public sealed class IncludeFunction(Theme theme) : IScriptCustomFunction
{
    private const int MaxDepth = 16;

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new ScriptRuntimeException(span, "include needs the name of a partial, like {{ include \"footer.html\" }}");
        }
        if (!theme.Partials.TryGetValue(name, out var partial))
        {
            var hint = DidYouMean.Suggest(name, theme.Partials.Keys) is { } best ? $"; did you mean \"{best}\"?" : "";
            throw new ScriptRuntimeException(span,
                $"no partial \"{name}\" in {string.Join(" or ", theme.Chain.Select(t => t.SitePath + "/partials/"))}{hint}");
        }
        var includes = ((HtmlTemplateContext)context).Includes;
        if (includes.Count >= MaxDepth)
        {
            throw new ScriptRuntimeException(span,
                $"partials include each other without end: {string.Join(" -> ", includes.Reverse())} -> {name}");
        }
        includes.Push(name);
        try
        {
            context.Evaluate(partial.Template.Page!);
            return null;
        }
        finally
        {
            includes.Pop();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
