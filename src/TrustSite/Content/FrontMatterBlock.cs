using System.Text;

namespace TrustSite.Content;

/// <summary>A file split into its front matter and its body, with the line each starts on.</summary>
/// <param name="Yaml">The text between the '---' lines, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">The file line of the YAML's first line (2 when the file opens with '---').</param>
/// <param name="BodyUtf8">The body in UTF-8: the part of the file's bytes after the front matter.</param>
/// <param name="BodyFirstLine">The file line of the body's first line.</param>
public sealed record FrontMatterBlock(string? Yaml, int YamlFirstLine, ReadOnlyMemory<byte> BodyUtf8, int BodyFirstLine)
{
    /// <summary>The body, decoded from <see cref="BodyUtf8"/> at each call.</summary>
    public string Body => Encoding.UTF8.GetString(BodyUtf8.Span);
}
