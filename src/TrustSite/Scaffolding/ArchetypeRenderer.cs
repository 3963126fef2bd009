using System.Globalization;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using TrustSite.Diagnostics;
using TrustSite.Import.Writing;
using TrustSite.Templating;

namespace TrustSite.Scaffolding;

/// <summary>Runs an archetype through Scriban in strict mode, so a misspelt variable is an error at its line.</summary>
internal static class ArchetypeRenderer
{
    /// <summary>The new document's text with '\n' line endings, or null after reporting the archetype's error.</summary>
    public static string? Render(Archetype archetype, ArchetypeValues values, DiagnosticBag diagnostics)
    {
        var text = archetype.Text.ReplaceLineEndings("\n");
        var lastLine = text.Count(c => c == '\n') + 1;
        var template = Template.Parse(text, archetype.SitePath, new ParserOptions(), new LexerOptions { Mode = ScriptMode.Default });
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(TemplateErrors.Diagnose(message, text, 0, archetype.SitePath, lastLine));
            }
            return null;
        }
        try
        {
            return template.Render(CreateContext(values)).ReplaceLineEndings("\n");
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, TemplateLocation.At(e.Span, 0, archetype.SitePath, lastLine), TemplateErrors.Explain(e.OriginalMessage),
                "archetypes can use title, date, slug, lang, section and {{ value | yaml }}");
            return null;
        }
    }

    /// <summary>`{{ yaml title }}`: a method named by nameof rather than a lambda, which the AOT compiler could not see (IL2026).</summary>
    private static string Yaml(object? value) => YamlScalar.Quoted(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    private static TemplateContext CreateContext(ArchetypeValues values)
    {
        var globals = new ScriptObject
        {
            ["title"] = values.Title,
            ["date"] = values.Date,
            ["slug"] = values.Slug,
            ["lang"] = values.Lang,
            ["section"] = values.Section,
        };
        // Titles hold colons, quotes and '#' as often as not; quoting them is the archetype's one hard job.
        globals.SetValue("yaml", DynamicCustomFunction.Create(null, typeof(ArchetypeRenderer).GetMethod(nameof(Yaml), BindingFlags.NonPublic | BindingFlags.Static)!), true);
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, LoopLimit = 1_000, RecursiveLimit = 16, NewLine = "\n" };
        context.PushGlobal(globals);
        return context;
    }
}
