using System.Collections.Immutable;
using System.Diagnostics;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown;
using TrustSite.Media;
using TrustSite.Output;
using TrustSite.Pages;
using TrustSite.Site;
using TrustSite.Templating;
using TrustSite.Templating.Views;
using TrustSite.Urls;

namespace TrustSite.Build;

/// <summary>The build, as a fixed list of named stages; it stops between stages once any error has been reported.</summary>
public sealed class SiteBuilder(TimeProvider time, Func<string, string?> environment)
{
    public static string Generator { get; } = $"TrustSite {typeof(SiteBuilder).Assembly.GetName().Version?.ToString(3)}";

    public SiteBuilder() : this(TimeProvider.System, Environment.GetEnvironmentVariable)
    {
    }

    public BuildResult Build(BuildOptions options)
    {
        var run = new BuildRun();
        var root = options.SourceRoot;
        var config = run.Stage("config", () => new SiteConfigLoader().Load(root, run.Diagnostics, options.BaseUrl));
        if (config is null || !run.Stage("guard", () => OutputGuard.Check(root, options.FullOutputPath, run.Diagnostics)))
        {
            return run.Finish();
        }
        var theme = run.Stage("theme", () => new ThemeLoader().Load(root, config, run.Diagnostics));
        var inventory = run.Stage("discover", () => new ContentDiscoverer().Discover(root, run.Diagnostics));
        var documents = run.Stage("content", () => new DocumentLoader(config).LoadAll(inventory.Markdown, run.Diagnostics));
        if (theme is null || run.Diagnostics.HasErrors)
        {
            return run.Finish();
        }
        var rules = new PublicationRules(BuildClock.Now(time, environment), options.IncludeDrafts, options.IncludeFuture);
        var index = run.Stage("index", () => SiteIndexBuilder.Build(documents, inventory.Assets, rules, run.Diagnostics));
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(config.Markdown), new LinkResolver(index, config.BasePath), HtmlPostProcessor.Default, new ImageSizeReader());
        var rendered = run.Stage("markdown", () => markdown.RenderAll(index.Documents, run.Diagnostics));
        var site = run.Stage("model", () => SiteModelBuilder.Build(config, index, rendered));
        var plans = run.Stage("plan", () => PagePlanner.Plan(site));
        var manifest = run.Stage("manifest", () => OutputManifest.Build(Entries(plans, index, theme), run.Diagnostics));
        run.Stage("links", () => LinkChecker.Check(rendered.SelectMany(r => r.Links), manifest.Serves, run.Diagnostics));
        run.Record(index);
        if (run.Diagnostics.HasErrors)
        {
            return run.Finish();
        }
        Publish(run, options, theme, config, site, plans, index);
        return run.Finish();
    }

    private static void Publish(BuildRun run, BuildOptions options, Theme theme, SiteConfig config, SiteModel site,
        ImmutableArray<PagePlan> plans, SiteIndex index)
    {
        try
        {
            using var staging = run.Stage("stage", () => StagingFolder.Create(options.FullOutputPath));
            var renderer = new PageRenderer(theme, config, new ViewFactory(site, Generator));
            run.Stage("render", () => renderer.RenderAll(plans, (plan, html) =>
            {
                staging.WriteText(SitePath.ToOutputFile(plan.Url), html);
                run.CountPage(plan.Kind);
            }, run.Diagnostics));
            run.Stage("copy", () =>
            {
                foreach (var asset in theme.Assets)
                {
                    staging.CopyFrom(asset.FullPath, asset.Url.TrimStart('/'));
                }
                Parallel.ForEach(index.Assets, asset => staging.CopyFrom(asset.Source.FullPath, asset.Url.TrimStart('/')));
                run.FilesCopied = theme.Assets.Length + index.Assets.Length;
            });
            if (!run.Diagnostics.HasErrors)
            {
                run.Stage("publish", staging.Commit);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Diagnostics.Error(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(Path.GetRelativePath(options.SourceRoot, options.FullOutputPath)),
                $"cannot write the site: {e.Message}", "the previous output was left as it was; check the disk space and the folder's permissions");
        }
    }

    private static IEnumerable<OutputEntry> Entries(ImmutableArray<PagePlan> plans, SiteIndex index, Theme theme)
    {
        foreach (var plan in plans)
        {
            var location = plan.Document is { } d
                ? d.Published.Document.FrontMatter.LocationOf("url", d.Published.Document.FrontMatter.LocationOf("slug", new SourceLocation(d.Published.SitePath, 1, 1)))
                : SourceLocation.File(plan.Origin);
            yield return new OutputEntry(SitePath.ToOutputFile(plan.Url), plan.Origin, location);
        }
        foreach (var asset in index.Assets)
        {
            yield return new OutputEntry(asset.Url.TrimStart('/'), asset.Source.SitePath, SourceLocation.File(asset.Source.SitePath));
        }
        foreach (var asset in theme.Assets)
        {
            yield return new OutputEntry(asset.Url.TrimStart('/'), asset.SitePath, SourceLocation.File(asset.SitePath));
        }
    }

    /// <summary>The state of one build as it runs: diagnostics, timings, counts.</summary>
    private sealed class BuildRun
    {
        private readonly List<StageTiming> _timings = [];
        private readonly int[] _pages = new int[Enum.GetValues<PageKind>().Length];
        private SiteIndex? _index;

        public DiagnosticBag Diagnostics { get; } = new();

        public int FilesCopied { get; set; }

        public T Stage<T>(string name, Func<T> stage)
        {
            var watch = Stopwatch.StartNew();
            var result = stage();
            _timings.Add(new StageTiming(name, watch.Elapsed));
            return result;
        }

        public void Stage(string name, Action stage) => Stage(name, () => { stage(); return 0; });

        public void CountPage(PageKind kind) => Interlocked.Increment(ref _pages[(int)kind]);

        public void Record(SiteIndex index) => _index = index;

        public BuildResult Finish()
        {
            var pages = Enum.GetValues<PageKind>().Where(k => _pages[(int)k] > 0).ToImmutableDictionary(k => k, k => _pages[(int)k]);
            return new BuildResult(Diagnostics.ToSortedArray(), pages, FilesCopied,
                _index?.CountExcluded(ExclusionReason.Draft) ?? 0, _index?.CountExcluded(ExclusionReason.Future) ?? 0,
                _index?.CountExcluded(ExclusionReason.Expired) ?? 0, [.. _timings]);
        }
    }
}
