using System.Collections.Immutable;
using Scriban.Runtime;
using TrustSite.Markdown;
using TrustSite.Markdown.Shortcodes;
using TrustSite.Site;

namespace TrustSite.Templating;

/// <summary>Renders a document's shortcodes with the theme's shortcodes/NAME.html, inside the page being built, and puts them in place.</summary>
/// <remarks>A shortcode sees `params`, `inner`, `shortcode_id`, `arg "name" default` and `resource "photo.jpg"`, along with the page and site.</remarks>
public sealed class ShortcodeExpander(Theme theme, Func<PublishedDocument, string, ResourceView?> resources)
{
    public string Expand(RenderedDocument document, string html, HtmlTemplateContext context)
    {
        if (document.Shortcodes.IsEmpty)
        {
            return html;
        }
        // Nested shortcodes come before the one around them, so an inner placeholder is always rendered first.
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Shortcodes.Length; i++)
        {
            var call = document.Shortcodes[i];
            var inner = call.InnerHtml is null ? null : Substitute(call.InnerHtml, outputs, document.Shortcodes);
            var output = Render(call, inner, $"shortcode-{i + 1}", document.Published, context);
            // A template file ends with a line break, which would put a space inside the sentence of an inline shortcode.
            outputs[call.Token] = call.IsBlock ? output : output.TrimEnd('\n', '\r');
        }
        return Substitute(html, outputs, document.Shortcodes);
    }

    private string Render(ShortcodeCall call, string? inner, string id, PublishedDocument document, HtmlTemplateContext context)
    {
        var template = theme.Shortcodes[call.Name];
        var parameters = new ScriptObject();
        foreach (var (key, value) in call.Params)
        {
            parameters[key] = value;
        }
        var scope = new ScriptObject
        {
            ["params"] = parameters,
            ["inner"] = new RawHtml(inner ?? ""),
            ["shortcode_name"] = call.Name,
            // Unique within the page, for ids and aria-labelledby when a shortcode is used twice.
            ["shortcode_id"] = id,
        };
        var functions = new ShortcodeFunctions(parameters, path => resources(document, path));
        scope.SetValue("arg", DynamicCustomFunction.Create(functions, typeof(ShortcodeFunctions).GetMethod(nameof(ShortcodeFunctions.Arg))!), true);
        scope.SetValue("resource", DynamicCustomFunction.Create(functions, typeof(ShortcodeFunctions).GetMethod(nameof(ShortcodeFunctions.Resource))!), true);
        context.PushGlobal(scope);
        context.PushOutput();
        try
        {
            return template.Template.Render(context);
        }
        finally
        {
            context.PopOutput();
            context.PopGlobal();
        }
    }

    private static string Substitute(string html, Dictionary<string, string> outputs, ImmutableArray<ShortcodeCall> calls)
    {
        foreach (var call in calls)
        {
            if (!outputs.TryGetValue(call.Token, out var output) || !html.Contains(call.Token, StringComparison.Ordinal))
            {
                continue;
            }
            // A shortcode alone on its lines became a paragraph of its own: its output takes the paragraph's place.
            html = call.IsBlock
                ? html.Replace($"<p>{call.Token}</p>", output, StringComparison.Ordinal).Replace(call.Token, output, StringComparison.Ordinal)
                : html.Replace(call.Token, output, StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>
    /// `arg "name" default` and `resource "photo.jpg"` for one shortcode: methods named by nameof rather than lambdas, because
    /// ScriptObject.Import(name, lambda) reflects over a method the AOT compiler cannot see (IL2026).
    /// </summary>
    private sealed class ShortcodeFunctions(ScriptObject parameters, Func<string, ResourceView?> resources)
    {
        public object? Arg(string name, object? fallback) => parameters.TryGetValue(name, out var value) ? value : fallback;

        public ResourceView? Resource(string path) => resources(path);
    }
}
