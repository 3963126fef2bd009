using System.Collections.Immutable;

namespace TrustSite.Templating;

/// <summary>A theme with its parents resolved: each layout and partial is the child's when it has one, else the parent's.</summary>
public sealed record Theme(
    ImmutableArray<ThemeFolder> Chain,
    ImmutableDictionary<string, ThemeTemplate> Layouts,
    ImmutableDictionary<string, ThemeTemplate> Partials,
    ImmutableArray<ThemeAsset> Assets,
    ThemeStrings Strings,
    ImmutableDictionary<string, ThemeTemplate> Shortcodes)
{
    /// <summary>The file line of a Scriban line, by template path: Scriban counts from 0 and never saw the front matter.</summary>
    public int FileLine(string templatePath, int scribanLine)
    {
        var offset = Layouts.Values.Concat(Partials.Values).Concat(Shortcodes.Values).FirstOrDefault(t => t.SitePath == templatePath)?.LineOffset ?? 0;
        return offset + scribanLine + 1;
    }
}
