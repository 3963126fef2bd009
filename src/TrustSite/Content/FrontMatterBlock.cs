namespace TrustSite.Content;

/// <summary>A file split into its front matter and its body, with the line each starts on.</summary>
/// <param name="Yaml">The text between the '---' lines, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">The file line of the YAML's first line (2 when the file opens with '---').</param>
/// <param name="BodyFirstLine">The file line of the body's first line.</param>
public sealed record FrontMatterBlock(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
