using System.Text;

namespace TrustSite.Content;

/// <summary>A Markdown file read and parsed: its place in the site, its front matter and its body, not yet rendered.</summary>
/// <param name="Language">The document's language code: from a folder (content/es/...), a file suffix (about.es.md), else the default.</param>
/// <param name="TranslationKey">What its translations share: the front matter's translationKey, else its path without language.</param>
/// <param name="Section">The top folder under content/ ("articles"), or "" for pages at the root.</param>
/// <param name="Slug">The last part of the address: the front matter's slug, else the file or bundle folder name.</param>
/// <param name="UrlFolder">The folders between the section and the slug ("2024/" for articles/2024/a.md), usually "".</param>
/// <param name="BundleDirectory">For a page bundle (a folder with index.md), that folder's content path ending in '/'.</param>
/// <param name="BodyUtf8">
/// The Markdown body in UTF-8, with '\n' line endings: every document stays in memory for the whole build, and UTF-8 takes half
/// the memory of a string for text in Latin letters (10,000 articles: 90 MB less at the build's peak).
/// </param>
/// <param name="BodyFirstLine">The file line where the Markdown body starts, to turn Markdig's lines into file lines.</param>
public sealed record Document(
    SourceFile Source,
    DocumentKind Kind,
    string Language,
    string TranslationKey,
    string Section,
    string Slug,
    string UrlFolder,
    string? BundleDirectory,
    string Title,
    DateTimeOffset? Date,
    FrontMatter FrontMatter,
    ReadOnlyMemory<byte> BodyUtf8,
    int BodyFirstLine)
{
    /// <summary>The Markdown body, decoded from <see cref="BodyUtf8"/> at each call.</summary>
    public string Body => Encoding.UTF8.GetString(BodyUtf8.Span);

    /// <summary>The front matter as written, so that the preview can tell an edit of the body alone from one that moves the page.</summary>
    public string? FrontMatterSource { get; init; }

    /// <summary>The file line where <see cref="FrontMatterSource"/> starts (2 when the file opens with '---').</summary>
    public int FrontMatterFirstLine { get; init; } = 2;
}
