using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace TrustSite.Templating;

/// <summary>A template function of one text argument, such as `{{ relurl "/about/" }}`, called without reflection.</summary>
/// <remarks>
/// Scriban's `Import` of a delegate invokes it dynamically, boxing an argument array on every call; themes call these functions
/// several times on every page, so each costs as much as the rest of a small layout.
/// </remarks>
public sealed class StringFunction(Func<string?, string?> function) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban checks the number of arguments against ParameterCount before the call.
        return function(arguments[0] is { } value ? context.ObjectToString(value) : null);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
