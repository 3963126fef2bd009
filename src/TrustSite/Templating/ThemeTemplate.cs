using Scriban;

namespace TrustSite.Templating;

/// <summary>A layout or partial parsed once; <see cref="LineOffset"/> counts the front matter lines Scriban never saw.</summary>
/// <param name="Parent">For a layout, the layout that wraps it (from `layout:` in its front matter), if any.</param>
public sealed record ThemeTemplate(string Name, string SitePath, Template Template, int LineOffset, string? Parent);
