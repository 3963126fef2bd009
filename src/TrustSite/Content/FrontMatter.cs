using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Content;

/// <summary>The keys a document's front matter may set, typed; any other key is kept in <see cref="Params"/> for templates.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? Lastmod { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public string? Url { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<string> Categories { get; init; } = [];
    public ImmutableArray<string> Series { get; init; } = [];
    public string? Author { get; init; }
    public string? Image { get; init; }
    public int Weight { get; init; }
    public string? Layout { get; init; }

    /// <summary>Links translations whose file names differ, such as hope.md and esperanza.es.md.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>True or false to show or hide the table of contents whatever site.yml says; null to follow it.</summary>
    public bool? Toc { get; init; }

    /// <summary>False turns Bible reference links off for this document.</summary>
    public bool? Scripture { get; init; }

    /// <summary>Keeps the page out of search engines and the sitemap.</summary>
    public bool NoIndex { get; init; }

    /// <summary>Shows the crisis lines at the top of the page, for articles about suicide, abuse or danger.</summary>
    public bool Crisis { get; init; }

    /// <summary>What the article deals with, such as "infidelity, abuse", shown as a calm note before its body.</summary>
    public string? ContentWarning { get; init; }

    /// <summary>Terms of taxonomies configured beyond tags, categories and series.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> OtherTerms { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;
    public ImmutableDictionary<string, object?> Params { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>The top-level keys TrustSite does not know, where each key was written; those under `params:` are not listed.</summary>
    public ImmutableDictionary<string, SourceLocation> CustomKeys { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    /// <summary>Where each key's value was written, so that later stages can point at the line of `slug:` or `layout:`.</summary>
    public ImmutableDictionary<string, SourceLocation> Locations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    public static FrontMatter Empty { get; } = new();

    /// <summary>The terms of one taxonomy, such as the tags.</summary>
    public ImmutableArray<string> TermsOf(string taxonomy) => taxonomy switch
    {
        "tags" => Tags,
        "categories" => Categories,
        "series" => Series,
        _ => OtherTerms.TryGetValue(taxonomy, out var terms) ? terms : [],
    };

    public SourceLocation LocationOf(string key, SourceLocation fallback) =>
        Locations.TryGetValue(key, out var location) ? location : fallback;
}
