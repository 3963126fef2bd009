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
        var steps = new (string Name, Action<Site.PublishedDocument> Run)[]
        {
            ("Markdig parse", d => Markdig.Markdown.Parse(d.Document.Body, pipeline)),
            ("parse + inventory", d => TreeInventory.Take(Markdig.Markdown.Parse(d.Document.Body, pipeline))),
            ("parse + word count and summary", d => TextStatistics.Measure(Markdig.Markdown.Parse(d.Document.Body, pipeline))),
            ("parse + inventory + headings", d => HeadingAnchors.Collect(TreeInventory.Take(Markdig.Markdown.Parse(d.Document.Body, pipeline)), d, true)),
            ("parse + inventory + links", d => links.Rewrite(TreeInventory.Take(Markdig.Markdown.Parse(d.Document.Body, pipeline)), d, new DiagnosticBag())),
            ("parse + scripture references", d => scripture.Link(Markdig.Markdown.Parse(d.Document.Body, pipeline), d.Document.Language, true)),
            ("parse + ToHtml", d => Markdig.Markdown.Parse(d.Document.Body, pipeline).ToHtml(pipeline)),
            ("MarkdownRenderer.Render (all of it)", d => site.Markdown.Render(d, new DiagnosticBag())),
        };
        foreach (var (name, run) in steps)
        {
            foreach (var document in documents)
            {
                run(document);
            }
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var document in documents)
            {
                run(document);
            }
            var perArticle = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)documents.Length / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {perArticle,8:0.0} KB per article"));
        }
        var plans = site.Plans;
        var context = new Templating.HtmlTemplateContext(TemplateFunctionsFor(site));
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation, string), Templating.PageRenderer.FailureCount>();
        var pageSteps = new (string Name, Action<Pages.PagePlan> Run)[]
        {
            ("page view (every page kind)", p => site.Views.Page(p)),
            ("page view + render + layouts", p => site.Renderer.Render(p, context, new DiagnosticBag(), failures)),
        };
        foreach (var (name, run) in pageSteps)
        {
            foreach (var plan in plans)
            {
                run(plan);
            }
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var plan in plans)
            {
                run(plan);
            }
            var perPage = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)plans.Length / 1024;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {perPage,8:0.0} KB per page ({plans.Length} pages)"));
        }
        var body = documents.Average(d => d.Document.Body.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"(the Markdown body, UTF-16)",-40} {body * 2 / 1024,8:0.0} KB per article"));
    }

    private static Scriban.Runtime.ScriptObject TemplateFunctionsFor(BenchSite site) =>
        Templating.TemplateFunctions.Create(site.Theme, site.Config, Templating.AssetPipeline.Prepare(site.Theme.Assets, site.Config.Publishing.Minify));
}
