using System.Collections.Immutable;
using TrustSite.Configuration;
using TrustSite.Content;
using TrustSite.Pages;

namespace TrustSite.Templating.Views;

/// <summary>Builds `page` for one planned page, from the cards and term links its language has already built.</summary>
internal static class PageViewBuilder
{
    public static PageView Build(PagePlan plan, LanguageViews views, SiteConfig config, ImmutableArray<LanguageView> languages,
        ImmutableArray<LanguageView> translations)
    {
        var document = plan.Document;
        var frontMatter = document?.Published.Document.FrontMatter ?? FrontMatter.Empty;
        var summary = document?.Summary ?? "";
        return new PageView
        {
            Kind = plan.Kind.LayoutName(),
            Language = plan.Language,
            Title = plan.Title,
            Url = views.Url(plan.Url),
            Permalink = TemplateFunctions.AbsoluteUrl(config, plan.Url),
            HeadTitle = plan.Kind == PageKind.Home && plan.Pager?.Number is null or 1
                ? views.SiteView.Title
                : config.Publishing.TitlePattern.Replace("{title}", plan.Title, StringComparison.Ordinal).Replace("{site}", views.SiteView.Title, StringComparison.Ordinal),
            OgType = plan.Kind == PageKind.Article ? "article" : "website",
            ShareImage = ShareImage(frontMatter, plan, views, config),
            JsonLdSource = () => JsonLd(plan, views, config),
            Section = plan.Section?.Name,
            DateIso = DateFormatter.Iso(document?.Date),
            DateDisplay = views.Dates.Display(document?.Date),
            LastmodIso = DateFormatter.Iso(frontMatter.Lastmod ?? document?.Date),
            Summary = summary,
            SummaryHtml = new RawHtml(document?.SummaryHtml ?? ""),
            Description = frontMatter.Description ?? (summary.Length > 0 ? summary : views.SiteView.Description ?? ""),
            Tags = views.Terms("tags", frontMatter.Tags),
            Categories = views.Terms("categories", frontMatter.Categories),
            TermsSource = () => config.Taxonomies.ToImmutableDictionary(t => t, IReadOnlyList<TermLinkView> (t) => views.Terms(t, frontMatter.TermsOf(t)), StringComparer.Ordinal),
            Series = plan.Kind == PageKind.Article ? Series(plan, views) : [],
            RelatedSource = () => document is not null && plan.Kind == PageKind.Article ? [.. views.Site.Related.For(document).Select(views.Card)] : [],
            Author = frontMatter.Author ?? config.Author.Name,
            Image = frontMatter.Image is { } image ? views.ImageUrl(image, plan.Url) : null,
            WordCount = document?.WordCount ?? 0,
            ReadingMinutes = ReadingTime.Minutes(document?.WordCount ?? 0, plan.Language),
            Toc = document is not null && WantsToc(frontMatter, config, document.Headings.Length) ? TableOfContents.Render(document.Headings) : RawHtml.Empty,
            IsDraft = frontMatter.Draft,
            IsFuture = document?.Published.IsFuture ?? false,
            NoIndex = plan.NoIndex,
            Crisis = frontMatter.Crisis,
            ContentWarning = frontMatter.ContentWarning,
            Older = plan.Older is { } older ? views.Card(older) : null,
            Newer = plan.Newer is { } newer ? views.Card(newer) : null,
            Items = [.. plan.Items.Select(views.Card)],
            Pager = plan.Pager is { } pager ? PagerLinks.Build(pager, views.Url) : null,
            Taxonomy = plan.Taxonomy is { } taxonomy ? SiteViewBuilder.Taxonomy(taxonomy, views) : null,
            Term = plan.Term is { } term ? views.Term(term) : null,
            Archive = plan.Kind == PageKind.Archive ? ArchiveGroups.Build(plan.Items, views) : [],
            Translations = translations,
            Languages = languages,
            AliasTarget = plan.AliasTarget is { } target ? views.Url(target) : null,
            SourcePath = document?.Published.SitePath ?? "",
            Params = frontMatter.Params,
            Analytics = CountedPages.For(plan, config),
        };
    }

    private static string? ShareImage(FrontMatter frontMatter, PagePlan plan, LanguageViews views, SiteConfig config)
    {
        var image = frontMatter.Image is { } own ? views.ImageUrl(own, plan.Url) : config.Publishing.ShareImage;
        return image is null ? null : TemplateFunctions.AbsoluteUrl(config, image);
    }

    private static ImmutableArray<RawHtml> JsonLd(PagePlan plan, LanguageViews views, SiteConfig config)
    {
        if (plan.Kind is PageKind.Home or PageKind.NotFound or PageKind.Alias)
        {
            return [];
        }
        var home = (views.SiteView.Title, TemplateFunctions.AbsoluteUrl(config, views.Site.HomeUrl));
        var self = (plan.Title, TemplateFunctions.AbsoluteUrl(config, plan.Url));
        (string, string)[] trail = plan.Section is { } section && plan.Kind == PageKind.Article
            ? [home, (section.Title, TemplateFunctions.AbsoluteUrl(config, section.Url)), self]
            : [home, self];
        var breadcrumbs = new RawHtml(StructuredData.Breadcrumbs(trail));
        if (plan.Kind != PageKind.Article || plan.Document is not { } document)
        {
            return [breadcrumbs];
        }
        var frontMatter = document.Published.Document.FrontMatter;
        var posting = StructuredData.BlogPosting(config, plan.Title, self.Item2, frontMatter.PublishDate ?? document.Date, frontMatter.Lastmod,
            frontMatter.Author ?? config.Author.Name, ShareImage(frontMatter, plan, views, config), frontMatter.Description ?? document.Summary, plan.Language);
        return [new RawHtml(posting), breadcrumbs];
    }

    private static bool WantsToc(FrontMatter frontMatter, SiteConfig config, int headings) =>
        frontMatter.Toc ?? (config.Markdown.Toc && headings >= config.Markdown.TocMinHeadings);

    private static ImmutableArray<SeriesView> Series(PagePlan plan, LanguageViews views)
    {
        var document = plan.Document!;
        var series = ImmutableArray.CreateBuilder<SeriesView>();
        foreach (var name in document.Published.Document.FrontMatter.Series)
        {
            var term = views.Site.Taxonomies.FirstOrDefault(t => t.Name == "series")?.Find(name);
            if (term is null)
            {
                continue;
            }
            // Parts are read in the order they were written: oldest first.
            var parts = term.Articles.Reverse().ToImmutableArray();
            var position = parts.Select(p => p.Published.SitePath).ToList().IndexOf(document.Published.SitePath) + 1;
            series.Add(new SeriesView(term.Name, views.Url(term.Url), position, parts.Length, [.. parts.Select(views.Card)]));
        }
        return series.ToImmutable();
    }
}
