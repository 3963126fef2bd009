using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Pages;
using TrustSite.Templating.Views;

namespace TrustSite.Templating;

/// <summary>Renders every planned page through its layout chain in parallel, one pooled template context per worker.</summary>
public sealed class PageRenderer
{
    private readonly Theme _theme;
    private readonly LayoutResolver _layouts;
    private readonly ViewFactory _views;
    private readonly ScriptObject _functions;
    private readonly SiteConfig _config;
    private readonly ShortcodeExpander _shortcodes;
    private readonly ConcurrentDictionary<RenderedDocument, string> _expanded = new(ReferenceEqualityComparer.Instance);

    public PageRenderer(Theme theme, SiteConfig config, ViewFactory views, ShortcodeExpander shortcodes, IReadOnlyList<PublishedThemeAsset> assets)
    {
        _theme = theme;
        _config = config;
        _shortcodes = shortcodes;
        _layouts = new LayoutResolver(theme);
        _views = views;
        _functions = TemplateFunctions.Create(theme, config, assets);
    }

    /// <summary>Renders each plan and hands the HTML to <paramref name="write"/>; a page that fails is reported and not written.</summary>
    /// <param name="write">Gets the page in the worker's buffer, which the next page overwrites: write it or copy it before returning.</param>
    public int RenderAll(ImmutableArray<PagePlan> plans, Action<PagePlan, StringBuilder> write, DiagnosticBag diagnostics)
    {
        var failures = new ConcurrentDictionary<(SourceLocation Location, string Message), FailureCount>();
        var rendered = 0;
        using var contexts = new ThreadLocal<HtmlTemplateContext?>();
        Parallel.ForEach(plans, plan =>
        {
            var context = contexts.Value ??= new HtmlTemplateContext(_functions);
            if (Render(plan, context, diagnostics, failures) is { } html)
            {
                write(plan, html);
                Interlocked.Increment(ref rendered);
            }
            else
            {
                // A failed render can leave Scriban's stacks mid-way; the next page on this worker gets a fresh context.
                contexts.Value = null;
            }
        });
        ReportFailures(failures, diagnostics);
        return rendered;
    }

    /// <summary>Renders one page into <paramref name="context"/>'s buffer for its outermost layout, which the next page reuses.</summary>
    public StringBuilder? Render(PagePlan plan, HtmlTemplateContext context, DiagnosticBag diagnostics,
        ConcurrentDictionary<(SourceLocation, string), FailureCount> failures)
    {
        if (plan is { Kind: PageKind.Alias, AliasTarget: { } target } && !_theme.Layouts.ContainsKey("alias"))
        {
            var alias = context.LayoutOutput(0).Builder;
            return alias.Append(AliasPage.Render(TemplateFunctions.RelativeUrl(_config, target), TemplateFunctions.AbsoluteUrl(_config, target), plan.Language));
        }
        var layout = _layouts.Resolve(plan, out var tried);
        if (layout is null)
        {
            ReportMissingLayout(plan, tried, diagnostics);
            return null;
        }
        var globals = new ScriptObject
        {
            ["page"] = _views.Page(plan),
            ["site"] = _views.Site(plan.Language),
            ["content"] = plan.Document is { } rendered ? new Utf8Html(rendered.HtmlUtf8) : RawHtml.Empty,
        };
        context.PushGlobal(globals);
        try
        {
            if (plan.Document is { Shortcodes.IsEmpty: false } document)
            {
                var expanded = _shortcodes.Expand(document, document.Html, context);
                _expanded[document] = expanded;
                globals.SetValue("content", new RawHtml(expanded), false);
            }
            for (var (current, depth) = (layout, 0); ; (current, depth) = (_theme.Layouts[current.Parent], depth + 1))
            {
                var output = context.LayoutOutput(depth);
                context.PushOutput(output);
                try
                {
                    RenderInto(current.Template, context);
                }
                finally
                {
                    context.PopOutput();
                }
                if (current.Parent is null)
                {
                    return output.Builder;
                }
                globals.SetValue("content", new LayoutContent(output.Builder), false);
            }
        }
        catch (ScriptRuntimeException e)
        {
            var path = string.IsNullOrEmpty(e.Span.FileName) ? layout.SitePath : e.Span.FileName;
            var location = new SourceLocation(path, _theme.FileLine(path, Math.Max(0, e.Span.Start.Line)), Math.Max(1, e.Span.Start.Column + 1));
            // Keep the alphabetically first page, so the message does not depend on which worker failed first.
            failures.AddOrUpdate((location, TemplateErrors.Explain(e.OriginalMessage)), _ => new FailureCount(plan.Origin, 1),
                (_, existing) => new FailureCount(
                    string.CompareOrdinal(plan.Origin, existing.FirstOrigin) < 0 ? plan.Origin : existing.FirstOrigin, existing.Count + 1));
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>What Scriban's Template.Render does, without returning the output as a new string at every layout level.</summary>
    private static void RenderInto(Scriban.Template template, TemplateContext context)
    {
        if (template.Page is not { } page)
        {
            return;
        }
        if (template.SourceFilePath is { } path)
        {
            context.PushSourceFile(path);
        }
        try
        {
            var result = context.Evaluate(page);
            if (context.EnableOutput && result is not null)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    /// <summary>A document's HTML with its shortcodes rendered, once its page has been built; for feeds.</summary>
    public string ContentOf(RenderedDocument document) => _expanded.TryGetValue(document, out var html) ? html : document.Html;

    private static void ReportMissingLayout(PagePlan plan, IReadOnlyList<string> tried, DiagnosticBag diagnostics)
    {
        var frontMatter = plan.Document?.Published.Document.FrontMatter;
        var location = frontMatter?.Layout is not null
            ? frontMatter.LocationOf("layout", SourceLocation.File(plan.Origin))
            : plan.Document is { } doc ? new SourceLocation(doc.Published.SitePath, 1, 1) : SourceLocation.File(plan.Origin);
        diagnostics.Error(DiagnosticCodes.LayoutMissing, location, $"no layout for {plan.Origin}; tried {string.Join(", ", tried)}",
            frontMatter?.Layout is not null ? "check the 'layout' name, or add that file to the theme" : "add one of these files to the theme");
    }

    private static void ReportFailures(ConcurrentDictionary<(SourceLocation Location, string Message), FailureCount> failures, DiagnosticBag diagnostics)
    {
        // One template mistake fails every page that uses it: say it once, with the first page and how many others.
        foreach (var ((location, message), failure) in failures)
        {
            var others = failure.Count > 1 ? $" and {failure.Count - 1} other page{(failure.Count == 2 ? "" : "s")}" : "";
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, location, $"{message} (while building {failure.FirstOrigin}{others})");
        }
    }

    public sealed record FailureCount(string FirstOrigin, int Count);
}
