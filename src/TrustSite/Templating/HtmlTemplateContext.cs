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
        NewLine = "\n";
        // html.escape would otherwise be escaped a second time on output.
        if (BuiltinObject["html"] is ScriptObject html)
        {
            var safeHtml = new ScriptObject();
            html.CopyTo(safeHtml);
            safeHtml.Import("escape", new Func<string?, RawHtml>(text => new RawHtml(HtmlEscaper.Escape(text ?? ""))));
            BuiltinObject.SetValue("html", safeHtml, true);
        }
        PushGlobal(functions);
    }

    /// <summary>The partials being included, innermost last, to explain an include loop.</summary>
    public Stack<string> Includes { get; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Value);
            default:
                return Write(HtmlEscaper.Escape(ObjectToString(textAsObject) ?? ""));
        }
    }
}
