using System.Collections.Immutable;
using System.Diagnostics;
using TrustSite.Build;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Diagnostics;
using TrustSite.Html;
using TrustSite.Links;
using TrustSite.Markdown;
using TrustSite.Media;
using TrustSite.Pages;
using TrustSite.Site;
using TrustSite.Templating;
using TrustSite.Templating.Views;

namespace TrustSite.Bench;

/// <summary>
/// The bench site (tests/Bench/site) with a generated corpus, taken through the same stages as SiteBuilder.Build, so that each
/// benchmark can time one stage on the real inputs of the next.
/// </summary>
public sealed class BenchSite
{
    public static int Articles => int.TryParse(Environment.GetEnvironmentVariable("TRUSTSITE_BENCH_ARTICLES"), out var n) ? n : 100;

    public required string Root { get; init; }
    public required SiteConfig Config { get; init; }
    public required Theme Theme { get; init; }
    public required ContentInventory Inventory { get; init; }
    public required ImmutableArray<Document> Documents { get; init; }
    public required SiteIndex Index { get; init; }
    public required LinkResolver Links { get; init; }
    public required MarkdownRenderer Markdown { get; init; }
    public required ImmutableArray<RenderedDocument> Rendered { get; init; }
    public required ImmutableArray<PagePlan> Plans { get; init; }
    public required PageRenderer Renderer { get; init; }
    public required ViewFactory Views { get; init; }

    /// <summary>Generates (once) the corpus of <paramref name="articles"/> articles beside the bench site in the temporary folder, and loads it.</summary>
    public static BenchSite Load(int articles)
    {
        var root = Prepare(articles);
        var diagnostics = new DiagnosticBag();
        var config = new SiteConfigLoader().Load(root, diagnostics) ?? throw Failed(diagnostics);
        var theme = new ThemeLoader().Load(root, config, diagnostics) ?? throw Failed(diagnostics);
        var inventory = new ContentDiscoverer().Discover(root, diagnostics);
        var documents = new DocumentLoader(config).LoadAll(inventory.Markdown, diagnostics);
        var data = DataLoader.Load(inventory.DataFiles, diagnostics);
        var rules = new PublicationRules(DateTimeOffset.UtcNow, false, false);
        var index = SiteIndexBuilder.Build(documents, inventory.Assets, rules, new UrlBuilder(config), diagnostics);
        var links = new LinkResolver(index, config.BasePath);
        var images = new ImageSizeReader();
        var markdown = new MarkdownRenderer(MarkdownPipelineFactory.Create(config.Markdown), config.Markdown, links, HtmlPostProcessor.Default, images,
            theme.Shortcodes.Keys.ToHashSet(StringComparer.Ordinal), config.Scripture);
        var rendered = markdown.RenderAll(index.Documents, diagnostics);
        var site = SiteModelBuilder.Build(config, index, rendered, diagnostics);
        var plans = PagePlanner.Plan(site);
        var assets = AssetPipeline.Prepare(theme.Assets, config.Publishing.Minify);
        var views = new ViewFactory(site, plans, SiteBuilder.Generator, data);
        var shortcodes = new ShortcodeExpander(theme, (document, path) => Resources.Resolve(links, images, document, path));
        if (diagnostics.HasErrors)
        {
            throw Failed(diagnostics);
        }
        return new BenchSite
        {
            Root = root, Config = config, Theme = theme, Inventory = inventory, Documents = documents, Index = index, Links = links,
            Markdown = markdown, Rendered = rendered, Plans = plans, Renderer = new PageRenderer(theme, config, views, shortcodes, assets), Views = views,
        };
    }

    private static string Prepare(int articles)
    {
        var repo = FindRepository();
        var root = Path.Combine(Path.GetTempPath(), $"trustsite-benchdotnet-{articles}");
        if (Directory.Exists(Path.Combine(root, "content", "posts")))
        {
            return root;
        }
        CopyFolder(Path.Combine(repo, "tests", "Bench", "site"), root);
        var corpus = Path.Combine(root, "corpus");
        using (var python = Process.Start("python3", [Path.Combine(repo, "..", "shared", "bench", "gen-corpus.py"), articles.ToString(), corpus, "--layout", "hugo"]))
        {
            python.WaitForExit();
        }
        Directory.Move(Path.Combine(corpus, "content", "posts"), Path.Combine(root, "content", "posts"));
        Directory.Delete(corpus, recursive: true);
        return root;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustSite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run from inside the TrustSite repository");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new("the bench site has errors: " + string.Join("; ", diagnostics.ToSortedArray().Where(d => d.Severity == Severity.Error).Select(d => d.Message)));
}
