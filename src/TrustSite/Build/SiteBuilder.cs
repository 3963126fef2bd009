using System.Collections.Immutable;
using TrustSite.Checks;
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
using TrustSite.Privacy;
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

    /// <summary>A clean build, published by swapping a staging folder in place of the output.</summary>
    public BuildResult Build(BuildOptions options) => Build(options, cache: null, target: null);

    /// <summary>A build that reuses <paramref name="cache"/> and writes into <paramref name="target"/>: how the preview rebuilds after a save.</summary>
    public BuildResult Build(BuildOptions options, BuildCache? cache, IOutputTarget? target)
    {
        var run = new BuildRun();
        var root = options.SourceRoot;
        if (cache is not null)
        {
            // Until this build succeeds, the quick path has nothing it may trust.
            cache.Last = null;
        }
        cache?.ForgetIfChanged(root);
        var config = cache?.Config ?? run.Stage("config", () => new SiteConfigLoader().Load(root, run.Diagnostics, options.BaseUrl, options.Environment));
        if (config is null || !run.Stage("guard", () => OutputGuard.Check(root, options.FullOutputPath, run.Diagnostics)))
        {
            return run.Finish();
        }
        var theme = cache?.Theme ?? run.Stage("theme", () => new ThemeLoader().Load(root, config, run.Diagnostics));
        var inventory = run.Stage("discover", () => new ContentDiscoverer().Discover(root, run.Diagnostics));
        var loader = new DocumentLoader(config);
        var documents = run.Stage("content", () => LoadDocuments(loader, inventory, cache, run.Diagnostics,
            BuildRun.Counter(options.Progress, "content", inventory.Markdown.Length)));
        var data = run.Stage("data", () => DataLoader.Load(inventory.DataFiles, run.Diagnostics));
        if (theme is null || run.Diagnostics.HasErrors)
        {
            return run.Finish();
        }
        if (cache is not null)
        {
            (cache.Config, cache.Theme) = (config, theme);
            cache.NoteDataFiles(inventory.DataFiles);
        }
        var rules = new PublicationRules(BuildClock.Now(time, environment), options.IncludeDrafts, options.IncludeFuture);
        var index = run.Stage("index", () => SiteIndexBuilder.Build(documents, inventory.Assets, rules, new UrlBuilder(config), run.Diagnostics));
        run.Record(index);
        var links = new LinkResolver(index, config.BasePath);
        var images = new ImageSizeReader();
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(config.Markdown), config.Markdown, links, HtmlPostProcessor.Default, images,
            theme.Shortcodes.Keys.ToHashSet(StringComparer.Ordinal), config.Scripture);
        var rendered = run.Stage("markdown", () => cache is null
            ? markdown.RenderAll(index.Documents, run.Diagnostics, BuildRun.Counter(options.Progress, "markdown", index.Documents.Length))
            : cache.Render(index, document => markdown.Render(document, run.Diagnostics)));
        var site = run.Stage("model", () => SiteModelBuilder.Build(config, index, rendered, run.Diagnostics));
        var plans = run.Stage("plan", () => PagePlanner.Plan(site));
        var themeAssets = run.Stage("assets", () => AssetPipeline.Prepare(theme.Assets, config.Publishing.Minify));
        var hostRules = run.Stage("redirects", () => HostRedirectRules.Read(root, config.BasePath, run.Diagnostics));
        var generated = new GeneratedFiles(config, site, plans, new FeedBuilder(config, Generator), themeAssets, hostRules);
        var manifest = run.Stage("manifest", () => OutputManifest.Build(OutputEntries.From(plans, index, themeAssets, generated.Planned()), run.Diagnostics));
        var anchors = Anchors(rendered);
        run.Stage("links", () => LinkChecker.Check(rendered.SelectMany(r => r.Links), manifest.Serves, anchors, run.Diagnostics));
        run.Stage("checks", () => ContentChecker.Check(new CheckInput(config, rendered, manifest.Serves, TitleHeadings.Find(theme, plans)), run.Diagnostics));
        // The privacy page's summary is written from site.yml before the pages exist; the audit of `build --strict` checks the pages after.
        var views = new ViewFactory(site, plans, Generator, data, language => PrivacySummary.Promise(config, language));
        var shortcodes = new ShortcodeExpander(theme, (document, path) => Resources.Resolve(links, images, document, path));
        var renderer = new PageRenderer(theme, config, views, shortcodes, themeAssets);
        if (!options.WriteOutput)
        {
            if (!run.Diagnostics.HasErrors)
            {
                // Forms come from the theme's partials, so only the rendered pages show them; check renders them in memory.
                var checker = new FormChecker(config, plans, manifest.Serves);
                // Rendering also finds what only templates reveal (a member of null, a bad cast), with the build's own messages.
                var inspected = BuildRun.Counter(options.Progress, "render", plans.Length);
                run.Stage("forms", () => renderer.RenderAll(plans, (plan, html) =>
                {
                    checker.Inspect(plan, html.ToString());
                    inspected?.Invoke();
                }, run.Diagnostics));
                checker.Report(run.Diagnostics);
            }
            return run.Finish(options.Strict, planned: plans);
        }
        if (run.Diagnostics.HasErrors || options.Strict && run.Diagnostics.HasWarnings)
        {
            cache?.ForgetPages();
            return run.Finish(options.Strict);
        }
        var publishing = new Publishing(config, plans, themeAssets, index, generated, [.. manifest.Entries.Select(e => e.File)]);
        Publish(run, options, renderer, publishing, cache, site, target);
        if (run.Diagnostics.HasErrors)
        {
            cache?.ForgetPages();
        }
        else if (cache is not null)
        {
            cache.Last = new LastBuild(config, loader, cache.PageFolders, markdown, renderer,
                rendered.ToImmutableDictionary(r => r.Published.SitePath, StringComparer.Ordinal),
                plans.Where(p => p.Document is not null).GroupBy(p => p.Document!.Published.SitePath, StringComparer.Ordinal)
                    .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal),
                manifest.Serves, anchors);
        }
        return run.Finish(options.Strict);
    }

    private static ImmutableArray<Document> LoadDocuments(DocumentLoader loader, ContentInventory inventory, BuildCache? cache, DiagnosticBag diagnostics,
        Action? loaded)
    {
        if (cache is null)
        {
            return loader.LoadAll(inventory.Markdown, diagnostics, loaded);
        }
        var pageFolders = cache.PageFolders = PageFolders.Find(inventory.Markdown, loader.Config);
        return cache.Documents(inventory.Markdown, string.Join('|', pageFolders.Order(StringComparer.Ordinal)), file => loader.Load(file, diagnostics, pageFolders));
    }

    /// <summary>
    /// In the preview, writes at once the pages of documents whose body alone changed, before <see cref="Build(BuildOptions, BuildCache?, IOutputTarget?)"/>
    /// brings the rest up to date; returns their addresses, or null when the change needs the full build.
    /// </summary>
    /// <param name="changed">The files that changed, relative to the site ("content/articles/hope.md").</param>
    public static ImmutableArray<string>? Refresh(BuildCache cache, IOutputTarget target, IReadOnlyCollection<string> changed) =>
        QuickRefresh.Try(cache, target, changed);

    /// <summary>Everything the publishing stages write, known once the site is planned.</summary>
    private sealed record Publishing(SiteConfig Config, ImmutableArray<PagePlan> Plans, ImmutableArray<PublishedThemeAsset> ThemeAssets, SiteIndex Index,
        GeneratedFiles Generated, ImmutableArray<string> SiteFiles);

    private static void Publish(BuildRun run, BuildOptions options, PageRenderer renderer, Publishing publishing, BuildCache? cache, SiteModel site,
        IOutputTarget? target)
    {
        var config = publishing.Config;
        try
        {
            using var output = target ?? run.Stage("stage", () => StagingFolder.Create(options.FullOutputPath));
            var plans = cache is null ? publishing.Plans : ChangedPages(publishing.Plans, site, cache);
            var rendered = BuildRun.Counter(options.Progress, "render", plans.Length);
            run.Stage("render", () => renderer.RenderAll(plans, (plan, html) =>
            {
                var file = SitePath.ToOutputFile(plan.Url);
                if (config.Publishing.Minify)
                {
                    output.WriteText(file, HtmlMinifier.Minify(html.ToString()));
                }
                else
                {
                    output.WriteText(file, html);
                }
                run.CountPage(plan.Kind);
                rendered?.Invoke();
            }, run.Diagnostics));
            if (cache is not null)
            {
                cache.PagesRendered = plans.Length;
            }
            run.Stage("copy", () => Copy(output, publishing, cache, run));
            run.Stage("feeds", () =>
            {
                foreach (var (path, text) in publishing.Generated.Render(renderer.ContentOf))
                {
                    output.WriteText(path.TrimStart('/'), text);
                }
            });
            if (!run.Diagnostics.HasErrors && (options.Strict || options.AuditPrivacy) && output is StagingFolder staging)
            {
                // Audited before the swap, so a site that would leak its visitors to other hosts never replaces the published one.
                var shownAs = Path.GetRelativePath(options.SourceRoot, options.FullOutputPath).Replace('\\', '/');
                var report = run.Stage("privacy", () => PrivacyAuditor.Audit(staging.Path, config, shownAs));
                run.Privacy = report;
                if (options.Strict)
                {
                    report.AddTo(run.Diagnostics);
                }
            }
            if (!run.Diagnostics.HasErrors && !(options.Strict && run.Diagnostics.HasWarnings))
            {
                run.Stage("publish", () => output.Commit(publishing.SiteFiles));
            }
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            run.Diagnostics.Error(DiagnosticCodes.OutputWriteFailed, SourceLocation.File(Path.GetRelativePath(options.SourceRoot, options.FullOutputPath)),
                $"cannot write the site: {Describe(failure)}", "the previous output was left as it was; check the disk space and the folder's permissions");
        }
    }

    /// <summary>The file system's complaint behind a failed write, also when parallel writers wrapped it; null for a bug.</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };

    // .NET's words for a full disk name the staging folder and an allocation size, which mean nothing to an author.
    private static string Describe(Exception failure) =>
        failure.Message.Contains("disk was full", StringComparison.Ordinal) || failure.Message.Contains("No space left", StringComparison.Ordinal)
            ? "the disk is full (no space left on the device)"
            : failure.Message;

    /// <summary>The pages whose inputs changed since the last build; in a clean build, all of them.</summary>
    private static ImmutableArray<PagePlan> ChangedPages(ImmutableArray<PagePlan> plans, SiteModel site, BuildCache cache)
    {
        var translations = PageInputs.Translations(plans);
        var languages = site.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var siteWide = site.Languages.ToDictionary(l => l.Code, l => cache.SiteWide(l.Code, PageInputs.SiteWide(site, l),
            cache.ThemeListsSite ? [.. l.Articles, .. l.Pages] : []), StringComparer.Ordinal);
        return [.. plans.Where(plan => cache.NeedsRendering(plan, PageInputs.Of(plan, languages[plan.Language], translations, siteWide[plan.Language])))];
    }

    private static void Copy(IOutputTarget output, Publishing publishing, BuildCache? cache, BuildRun run)
    {
        var copied = 0;
        foreach (var asset in publishing.ThemeAssets)
        {
            if (cache is not null && !cache.NeedsCopy(asset.Source.FullPath, asset.Url))
            {
                continue;
            }
            if (asset.Content is { } bytes)
            {
                output.WriteBytes(asset.Url.TrimStart('/'), bytes);
            }
            else
            {
                output.CopyFrom(asset.Source.FullPath, asset.Url.TrimStart('/'));
            }
            copied++;
        }
        var assets = publishing.Index.Assets.Where(a => cache is null || cache.NeedsCopy(a.Source.FullPath, a.Url)).ToArray();
        Parallel.ForEach(assets, asset => output.CopyFrom(asset.Source.FullPath, asset.Url.TrimStart('/')));
        run.FilesCopied = copied + assets.Length;
    }

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors(ImmutableArray<RenderedDocument> rendered) =>
        rendered.ToDictionary(r => r.Published.Document.Source.ContentPath, r => (IReadOnlySet<string>)r.Anchors, StringComparer.Ordinal);
}
