using System.Globalization;
using Markdig;
using TrustSite.Diagnostics;
using TrustSite.Markdown;
using TrustSite.Markdown.Extensions;

namespace TrustSite.Bench;

/// <summary>
/// `... -- allocations`: the bytes each step of rendering one article's Markdown allocates, per article, on one thread, warm; where the
/// markdown stage's allocations go (the `stages` mode gives only the stage's total).
/// </summary>
internal static class Allocations
{
    public static void Print()
    {
        var site = BenchSite.Load(BenchSite.Articles);
        var pipeline = MarkdownPipelineFactory.Create(site.Config.Markdown);
        var documents = site.Index.Documents;
        var links = new ContentLinkRewriter(site.Links, new Media.ImageSizeReader());
        var scripture = new ScriptureLinker(site.Config.Scripture);
        // Bodies are kept as UTF-8: decoded once here, so that each step below counts only its own work (Render decodes its own).
        var bodies = documents.ToDictionary(d => d, d => d.Document.Body);
        Markdig.Syntax.MarkdownDocument Parse(Site.PublishedDocument d) => Markdig.Markdown.Parse(bodies[d], pipeline);
        Measure("article", documents, [
            ("Markdig parse", d => Parse(d)),
            ("parse + inventory", d => TreeInventory.Take(Parse(d))),
            ("parse + word count and summary", d => TextStatistics.Measure(Parse(d))),
            ("parse + inventory + headings", d => HeadingAnchors.Collect(TreeInventory.Take(Parse(d)), d, true)),
            ("parse + inventory + links", d => links.Rewrite(TreeInventory.Take(Parse(d)), d, new DiagnosticBag())),
            ("parse + scripture references", d => scripture.Link(Parse(d), d.Document.Language, true)),
            ("parse + ToHtml", d => Parse(d).ToHtml(pipeline)),
            ("MarkdownRenderer.Render (all of it)", d => site.Markdown.Render(d, new DiagnosticBag())),
        ]);
        var context = new Templating.HtmlTemplateContext(TemplateFunctionsFor(site));
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation, string), Templating.PageRenderer.FailureCount>();
        Measure("page", site.Plans, [
            ("page view (every page kind)", p => site.Views.Page(p)),
            ("page view + render + layouts", p => site.Renderer.Render(p, context, new DiagnosticBag(), failures)),
        ]);
        var body = bodies.Values.Average(b => b.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"(the Markdown body, UTF-16)",-40} {body * 2 / 1024,8:0.0} KB per article"));
    }

    /// <summary>Runs each step over every item once to warm up, then again counting this thread's allocations; prints the bytes per item.</summary>
    private static void Measure<T>(string unit, IReadOnlyList<T> items, (string Name, Action<T> Run)[] steps)
    {
        foreach (var (name, run) in steps)
        {
            foreach (var item in items)
            {
                run(item);
            }
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var item in items)
            {
                run(item);
            }
            var perItem = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)items.Count / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {perItem,8:0.0} KB per {unit} ({items.Count})"));
        }
    }

    private static Scriban.Runtime.ScriptObject TemplateFunctionsFor(BenchSite site) =>
        Templating.TemplateFunctions.Create(site.Theme, site.Config, Templating.AssetPipeline.Prepare(site.Theme.Assets, site.Config.Publishing.Minify));
}
