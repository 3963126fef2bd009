using System.Text.RegularExpressions;
using TrustSite.Import.WordPress;
using TrustSite.Urls;

namespace TrustSite.Import;

/// <summary>The uploaded files one document uses: each found in --uploads gets a file name beside the document (a page bundle).</summary>
public sealed partial class MediaBundle(OldSiteAddress oldSite, string? uploadsRoot)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(StringComparer.OrdinalIgnoreCase) { "index.md" };
    private readonly List<BundleFile> _files = [];
    private readonly List<string> _notCopied = [];

    /// <summary>The files to copy beside the document, in the order the document first used them.</summary>
    public IReadOnlyList<BundleFile> Files => _files;

    /// <summary>Addresses of uploads that stay pointing at the old site, with the reason.</summary>
    public IReadOnlyList<string> NotCopied => _notCopied;

    /// <summary>The bare file name for an upload copied beside the document, or the address unchanged.</summary>
    public string Resolve(string url)
    {
        if (oldSite.UploadPathOf(url) is not { } upload)
        {
            return url;
        }
        if (_names.TryGetValue(upload, out var known))
        {
            return known;
        }
        if (uploadsRoot is null)
        {
            Remember(url, "no --uploads folder was given");
            return url;
        }
        if (Find(upload) is not { } source)
        {
            Remember(url, "not found in the uploads folder");
            return url;
        }
        var name = UniqueName(Path.GetFileName(source));
        _names[upload] = name;
        _files.Add(new BundleFile(source, name));
        return name;
    }

    private string? Find(string upload)
    {
        var root = Path.GetFullPath(uploadsRoot!);
        foreach (var candidate in new[] { upload, SizeSuffix().Replace(upload, "$1$2") })
        {
            var full = Path.GetFullPath(Path.Combine(root, candidate));
            // "../" in an address must not reach outside the uploads folder.
            if (full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }
        return null;
    }

    private string UniqueName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (SitePath.Problem(fileName) is not null || stem.StartsWith('.'))
        {
            stem = Slugifier.Slugify(stem) is { Length: > 0 } slug ? slug : "file";
        }
        var name = stem + extension;
        for (var n = 2; !_usedNames.Add(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }
        return name;
    }

    private void Remember(string url, string reason)
    {
        var line = $"{url} ({reason})";
        if (!_notCopied.Contains(line))
        {
            _notCopied.Add(line);
        }
    }

    // WordPress's resized copies: photo-300x200.jpg is photo.jpg at another size.
    [GeneratedRegex(@"^(.*?)-\d+x\d+(\.[A-Za-z0-9]+)$")]
    private static partial Regex SizeSuffix();
}
