using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Markdig;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Markdown;
using TrustSite.Media;
using TrustSite.Output;
using TrustSite.Urls;

namespace TrustSite.Bench;

/// <summary>One benchmark per stage of the build, each over the whole bench corpus (TRUSTSITE_BENCH_ARTICLES articles, default 100).</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BenchSite _site = null!;
    private (string Yaml, string Path, int Line)[] _frontMatter = [];
    private string[] _bodies = [];
    private string[] _fragments = [];
    private (string File, string Html)[] _pages = [];
    private string _output = "";

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchSite.Load(BenchSite.Articles);
        var diagnostics = new DiagnosticBag();
        var blocks = _site.Inventory.Markdown
            .Select(file => FrontMatterSplitter.Split(File.ReadAllText(file.FullPath), file.SitePath, diagnostics)!)
            .ToArray();
        _frontMatter = [.. blocks.Zip(_site.Inventory.Markdown).Select(p => (p.First.Yaml ?? "", p.Second.SitePath, p.First.YamlFirstLine))];
        _bodies = [.. _site.Index.Documents.Select(d => d.Document.Body)];
        var pipeline = MarkdownPipelineFactory.Create(_site.Config.Markdown);
        _fragments = [.. _bodies.Select(body => Markdig.Markdown.ToHtml(body, pipeline))];
        var pages = new List<(string, string)>();
        _site.Renderer.RenderAll(_site.Plans, (plan, html) => { lock (pages) { pages.Add((SitePath.ToOutputFile(plan.Url), html.ToString())); } }, diagnostics);
        _pages = [.. pages.OrderBy(p => p.Item1, StringComparer.Ordinal)];
        _output = Path.Combine(Path.GetTempPath(), "trustsite-benchdotnet-out");
    }

    /// <summary>YAML front matter of every article: splitting is done in setup, this is the parse into FrontMatter.</summary>
    [Benchmark]
    public int FrontMatter()
    {
        var parser = new FrontMatterParser(_site.Config.TimeZone, _site.Config.Taxonomies);
        var diagnostics = new DiagnosticBag();
        var parsed = 0;
        foreach (var (yaml, path, line) in _frontMatter)
        {
            parsed += parser.Parse(yaml, path, line, diagnostics) is null ? 0 : 1;
        }
        return parsed;
    }

    /// <summary>Markdig alone, with TrustSite's pipeline, one thread.</summary>
    [Benchmark]
    public int MarkdigOnly()
    {
        var pipeline = MarkdownPipelineFactory.Create(_site.Config.Markdown);
        var length = 0;
        foreach (var body in _bodies)
        {
            length += Markdig.Markdown.ToHtml(body, pipeline).Length;
        }
        return length;
    }

    /// <summary>The markdown stage as the build runs it: parallel Markdig, links resolved and checked, inventory, post-processing.</summary>
    [Benchmark]
    public int MarkdownStage() => _site.Markdown.RenderAll(_site.Index.Documents, new DiagnosticBag()).Length;

    /// <summary>The HTML post-processing of each article's fragment (content links, lazy images), one thread.</summary>
    [Benchmark]
    public int HtmlPostProcessing()
    {
        var diagnostics = new DiagnosticBag();
        var images = new ImageSizeReader();
        var length = 0;
        for (var i = 0; i < _fragments.Length; i++)
        {
            length += HtmlPostProcessor.Default.Process(_fragments[i], new HtmlRewriteContext(_site.Index.Documents[i], _site.Links, images, diagnostics)).Html.Length;
        }
        return length;
    }

    /// <summary>Every page of the site through its Scriban layouts, in parallel as the build does, without writing.</summary>
    [Benchmark]
    public int Templates()
    {
        var length = 0L;
        _site.Renderer.RenderAll(_site.Plans, (_, html) => Interlocked.Add(ref length, html.Length), new DiagnosticBag());
        return (int)length;
    }

    /// <summary>Writing every rendered page into a staging folder and swapping it in (the output is on the temporary folder).</summary>
    [Benchmark]
    public int Writing()
    {
        using var staging = StagingFolder.Create(_output);
        Parallel.ForEach(_pages, page => staging.WriteText(page.File, page.Html));
        staging.Commit();
        return _pages.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
