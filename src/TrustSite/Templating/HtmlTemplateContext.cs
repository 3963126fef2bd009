using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace TrustSite.Templating;

/// <summary>A Scriban context that escapes every `{{ value }}` unless it is <see cref="RawHtml"/>, so content can never inject markup through a theme.</summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject functions)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // Large enough for a list of every article on a big site, small enough to stop a runaway loop quickly.
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        // Scriban cuts any value longer than a megabyte and adds "..." by default: a long article would lose its end silently.
        LimitToString = 0;
        NewLine = "\n";
        PushGlobal(SafeBuiltins);
        PushGlobal(functions);
    }

    // Shadows Scriban's html object, whose escape would otherwise be escaped a second time on output.
    private static readonly ScriptObject SafeBuiltins = CreateSafeBuiltins();

    /// <summary>The partials being included, innermost last, to explain an include loop.</summary>
    public Stack<string> Includes { get; } = new();

    // One output per layout level, kept from page to page: a page is written into room already there instead of a
    // builder that grows, chunk by chunk, for every page.
    private readonly List<StringBuilderOutput> _outputs = [];

    /// <summary>An empty output for the layout at <paramref name="depth"/> (0 for the page's own layout), reused across pages.</summary>
    public StringBuilderOutput LayoutOutput(int depth)
    {
        while (_outputs.Count <= depth)
        {
            _outputs.Add(new StringBuilderOutput(new System.Text.StringBuilder(64 * 1024)));
        }
        var output = _outputs[depth];
        output.Builder.Length = 0;
        return output;
    }

    private static ScriptObject CreateSafeBuiltins()
    {
        var html = new ScriptObject();
        if (new TemplateContext().BuiltinObject["html"] is ScriptObject builtin)
        {
            foreach (var name in builtin.GetMembers().Where(m => m != "escape"))
            {
                html.SetValue(name, builtin[name], true);
            }
        }
        // A method named by nameof rather than a lambda: ScriptObject.Import(name, lambda) is invisible to the AOT compiler (IL2026).
        html.SetValue("escape", DynamicCustomFunction.Create(null, typeof(HtmlTemplateContext).GetMethod(nameof(Escape))!), true);
        var builtins = new ScriptObject { ["html"] = html };
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>`html.escape`: the text escaped, and marked so that writing it does not escape it again.</summary>
    public static RawHtml Escape(string? text) => new(HtmlEscaper.Escape(text ?? ""));

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Value);
            // Scriban prefixes each line with the current indent (empty unless a theme asks for indented includes).
            case BufferedHtml html when Output is StringBuilderOutput output && string.IsNullOrEmpty(CurrentIndent):
                html.AppendTo(output.Builder);
                return this;
            case BufferedHtml html:
                return Write(html.ToString());
            default:
                return Write(HtmlEscaper.Escape(ObjectToString(textAsObject) ?? ""));
        }
    }
}
