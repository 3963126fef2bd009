using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Content;

/// <summary>Reads content/_data/**/*.yml into one tree that templates see as site.data: _data/team/staff.yml is site.data.team.staff.</summary>
public static class DataLoader
{
    public static ImmutableDictionary<string, object?> Load(ImmutableArray<SourceFile> files, DiagnosticBag diagnostics)
    {
        var root = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = SourceTextReader.Read(file.FullPath, file.SitePath, diagnostics);
            if (text is null)
            {
                continue;
            }
            var node = YamlDocumentParser.Parse(text, new YamlSource(file.SitePath, 1), DiagnosticCodes.FrontMatterSyntax, diagnostics, out var failed);
            if (failed)
            {
                continue;
            }
            var path = file.ContentPath[(ContentDiscoverer.DataFolder.Length + 1)..];
            var parts = path[..path.LastIndexOf('.')].Split('/');
            var folder = root;
            foreach (var part in parts[..^1])
            {
                if (folder.GetValueOrDefault(part) is not SortedDictionary<string, object?> next)
                {
                    folder[part] = next = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                }
                folder = next;
            }
            folder[parts[^1]] = node is null ? null : YamlValueConverter.ToValue(node);
        }
        return Freeze(root);
    }

    private static ImmutableDictionary<string, object?> Freeze(SortedDictionary<string, object?> folder) =>
        folder.ToImmutableDictionary(p => p.Key, p => p.Value is SortedDictionary<string, object?> nested ? Freeze(nested) : p.Value, StringComparer.Ordinal);
}
