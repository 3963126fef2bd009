using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Feeds;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown;
using TrustSite.Media;
using TrustSite.Minify;
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
        var config = run.Stage("config", () => new SiteConfigLoader().Load(root, run.Diagnostics, options.BaseUrl, options.Environment));
        if (config is null || !run.Stage("guard", () => OutputGuard.Check(root, options.FullOutputPath, run.Diagnostics)))
        {
            return run.Finish();
        }
        var theme = run.Stage("theme", () => new ThemeLoader().Load(root, config, run.Diagnostics));
        var inventory = run.Stage("discover", () => new ContentDiscoverer().Discover(root, run.Diagnostics));
        var documents = run.Stage("content", () => new DocumentLoader(config).LoadAll(inventory.Markdown, run.Diagnostics));
        var data = run.Stage("data", () => DataLoader.Load(inventory.DataFiles, run.Diagnostics));
        if (theme is null || run.Diagnostics.HasErrors)
        {
            return run.Finish();
        }
        var rules = new PublicationRules(BuildClock.Now(time, environment), options.IncludeDrafts, options.IncludeFuture);
        var index = run.Stage("index", () => SiteIndexBuilder.Build(documents, inventory.Assets, rules, new UrlBuilder(config), run.Diagnostics));
        run.Record(index);
        var links = new LinkResolver(index, config.BasePath);
        var images = new ImageSizeReader();
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(config.Markdown), config.Markdown, links, HtmlPostProcessor.Default, images,
            theme.Shortcodes.Keys.ToHashSet(StringComparer.Ordinal), config.Scripture);
        var rendered = run.Stage("markdown", () => markdown.RenderAll(index.Documents, run.Diagnostics));
        var site = run.Stage("model", () => SiteModelBuilder.Build(config, index, rendered, run.Diagnostics));
        var plans = run.Stage("plan", () => PagePlanner.Plan(site));
        var themeAssets = run.Stage("assets", () => AssetPipeline.Prepare(theme.Assets, config.Publishing.Minify));
        var generated = new GeneratedFiles(config, site, plans, new FeedBuilder(config, Generator), themeAssets);
        var manifest = run.Stage("manifest", () => OutputManifest.Build(OutputEntries.From(plans, index, themeAssets, generated.Planned()), run.Diagnostics));
        run.Stage("links", () => LinkChecker.Check(rendered.SelectMany(r => r.Links), manifest.Serves, Anchors(rendered), run.Diagnostics));
        if (run.Diagnostics.HasErrors || options.Strict && run.Diagnostics.HasWarnings)
        {
            return run.Finish(options.Strict);
        }
        var views = new ViewFactory(site, plans, Generator, data);
        var shortcodes = new ShortcodeExpander(theme, (document, path) => Resources.Resolve(links, images, document, path));
        var renderer = new PageRenderer(theme, config, views, shortcodes, themeAssets);
        Publish(run, options, config, renderer, plans, themeAssets, index, generated);
        return run.Finish(options.Strict);
    }

    private static void Publish(BuildRun run, BuildOptions options, SiteConfig config, PageRenderer renderer, ImmutableArray<PagePlan> plans,
        ImmutableArray<PublishedThemeAsset> themeAssets, SiteIndex index, GeneratedFiles generated)
    {
        try
        {
            using var staging = run.Stage("stage", () => StagingFolder.Create(options.FullOutputPath));
            run.Stage("render", () => renderer.RenderAll(plans, (plan, html) =>
            {
                staging.WriteText(SitePath.ToOutputFile(plan.Url), config.Publishing.Minify ? HtmlMinifier.Minify(html) : html);
                run.CountPage(plan.Kind);
            }, run.Diagnostics));
            run.Stage("copy", () =>
            {
                foreach (var asset in themeAssets)
                {
                    if (asset.Content is { } bytes)
                    {
                        staging.WriteBytes(asset.Url.TrimStart('/'), bytes);
                    }
                    else
                    {
                        staging.CopyFrom(asset.Source.FullPath, asset.Url.TrimStart('/'));
                    }
                }
                Parallel.ForEach(index.Assets, asset => staging.CopyFrom(asset.Source.FullPath, asset.Url.TrimStart('/')));
                run.FilesCopied = themeAssets.Length + index.Assets.Length;
            });
            run.Stage("feeds", () =>
            {
                foreach (var (path, text) in generated.Render(renderer.ContentOf))
                {
                    staging.WriteText(path.TrimStart('/'), text);
                }
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

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors(ImmutableArray<RenderedDocument> rendered) =>
        rendered.ToDictionary(r => r.Published.Document.Source.ContentPath, r => (IReadOnlySet<string>)r.Anchors, StringComparer.Ordinal);
}
