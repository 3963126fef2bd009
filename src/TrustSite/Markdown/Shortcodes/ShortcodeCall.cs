using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Markdown.Shortcodes;

/// <summary>A shortcode written in Markdown, such as {{&lt; figure src="a.jpg" &gt;}}: rendered by the theme once the site is known.</summary>
/// <param name="Params">Named arguments in the order written; positional ones are named "0", "1"...</param>
/// <param name="InnerHtml">For a paired shortcode, the Markdown between its tags, already rendered.</param>
/// <param name="Token">The placeholder left in the rendered HTML, replaced by the shortcode's output.</param>
/// <param name="IsBlock">True when the shortcode stood alone on its lines, so that its output replaces a whole paragraph.</param>
public sealed record ShortcodeCall(string Name, ImmutableArray<KeyValuePair<string, string>> Params, string? InnerHtml, SourceLocation Location,
    string Token, bool IsBlock);
