using TrustSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Yaml;

/// <summary>Where a piece of YAML text sits in its file, so positions from YamlDotNet become file positions.</summary>
/// <param name="Path">The file's path relative to the site.</param>
/// <param name="FirstLine">The file line of the YAML's first line: 1 for site.yml, 2 for front matter after '---'.</param>
public sealed record YamlSource(string Path, int FirstLine)
{
    // YamlDotNet counts lines and columns from 1, so only the front matter offset is added.
    public SourceLocation LocationOf(YamlNode node) => At(node.Start.Line, node.Start.Column);

    public SourceLocation At(long yamlLine, long yamlColumn) =>
        new(Path, FirstLine + (int)yamlLine - 1, (int)Math.Max(1, yamlColumn));
}
