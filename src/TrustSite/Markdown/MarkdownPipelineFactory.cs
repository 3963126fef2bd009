using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using TrustSite.Configuration;

namespace TrustSite.Markdown;

/// <summary>Builds the one Markdig pipeline a build uses; it is frozen and shared by every worker.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(MarkdownOptions options)
    {
        // Chosen for long-form writing rather than UseAdvancedExtensions: each extension costs parse time on every article.
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseDefinitionLists()
            .UseAutoLinks();
        if (options.Typographer)
        {
            builder.UseSmartyPants(TypographicCharacters());
        }
        if (!options.Unsafe)
        {
            // Raw HTML is shown as text, so a pasted <script> is visible to the author instead of run in a reader's browser.
            builder.DisableHtml();
        }
        return builder.Build();
    }

    // Characters rather than Markdig's default entities (&ldquo;): smaller pages, and feeds that read cleanly as text.
    private static SmartyPantOptions TypographicCharacters()
    {
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.LeftQuote] = "‘";
        options.Mapping[SmartyPantType.RightQuote] = "’";
        options.Mapping[SmartyPantType.LeftDoubleQuote] = "“";
        options.Mapping[SmartyPantType.RightDoubleQuote] = "”";
        options.Mapping[SmartyPantType.LeftAngleQuote] = "«";
        options.Mapping[SmartyPantType.RightAngleQuote] = "»";
        options.Mapping[SmartyPantType.Dash2] = "–";
        options.Mapping[SmartyPantType.Dash3] = "—";
        options.Mapping[SmartyPantType.Ellipsis] = "…";
        return options;
    }
}
