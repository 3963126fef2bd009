using System.Collections.Frozen;
using System.Collections.Immutable;
using TrustSite.Diagnostics;

namespace TrustSite.Output;

/// <summary>Every file of the site, each with exactly one source; a clash is an error naming both sources.</summary>
public sealed class OutputManifest
{
    private readonly FrozenSet<string> _files;

    private OutputManifest(ImmutableArray<OutputEntry> entries)
    {
        Entries = entries;
        _files = entries.Select(e => e.File).ToFrozenSet(StringComparer.Ordinal);
    }

    public ImmutableArray<OutputEntry> Entries { get; }

    public static OutputManifest Build(IEnumerable<OutputEntry> entries, DiagnosticBag diagnostics)
    {
        // Compared without case: the same site is often previewed on macOS or Windows, where About/ and about/ are one folder.
        var owners = new Dictionary<string, OutputEntry>(StringComparer.OrdinalIgnoreCase);
        var kept = ImmutableArray.CreateBuilder<OutputEntry>();
        foreach (var entry in entries)
        {
            if (owners.TryGetValue(entry.File, out var first))
            {
                diagnostics.Error(DiagnosticCodes.OutputConflict, entry.Location,
                    $"{entry.Origin} and {first.Origin} would both be published as /{entry.File}",
                    "give one of them another 'slug' or 'url', or rename the file");
                continue;
            }
            owners[entry.File] = entry;
            kept.Add(entry);
        }
        ReportFilesInTheWayOfFolders(kept, owners, diagnostics);
        return new OutputManifest(kept.ToImmutable());
    }

    // content/x (a file) and content/x.md (the page x/index.html) cannot both exist: one path cannot be a file and a folder.
    private static void ReportFilesInTheWayOfFolders(IEnumerable<OutputEntry> entries, Dictionary<string, OutputEntry> owners, DiagnosticBag diagnostics)
    {
        foreach (var entry in entries)
        {
            for (var slash = entry.File.IndexOf('/'); slash > 0; slash = entry.File.IndexOf('/', slash + 1))
            {
                if (owners.TryGetValue(entry.File[..slash], out var file))
                {
                    diagnostics.Error(DiagnosticCodes.OutputConflict, entry.Location,
                        $"{entry.Origin} would be published as /{entry.File}, but {file.Origin} is published as the file /{file.File}",
                        "give one of them another 'slug' or 'url', or rename the file");
                    break;
                }
            }
        }
    }

    /// <summary>True when a site path ("/about/", "/about", "/style.css") is served by a file of this site.</summary>
    public bool Serves(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return _files.Contains(path + "index.html");
        }
        return _files.Contains(path) || _files.Contains(path + "/index.html");
    }
}
