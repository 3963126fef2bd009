using System.Collections.Immutable;
using TrustSite.Import.Writing;
using TrustSite.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Import;

/// <summary>Puts imported menus into site.yml only when it has no `menus:` yet, by appending a block; never rewrites what is there.</summary>
public static class SiteMenus
{
    public const string SitePath = "site.yml";

    public static MenuOutcome Apply(string root, ImmutableArray<(string Menu, ImmutableArray<(string Name, string Url)> Items)> menus,
        SiteFileWriter writer, List<ImportNote> notes)
    {
        if (menus.IsEmpty)
        {
            return MenuOutcome.None;
        }
        var path = Path.Combine(root, SitePath);
        if (!File.Exists(path))
        {
            notes.Add(new ImportNote(ImportNoteKind.Info, SitePath, "does not exist yet; add the menus below to it once it does"));
            return MenuOutcome.Suggested;
        }
        YamlMappingNode? mapping;
        try
        {
            // Bounded like every other YAML the tool reads: a site.yml nested 100,000 levels deep would end the process.
            var stream = new YamlStream();
            stream.Load(new BoundedParser(new Parser(new StringReader(File.ReadAllText(path)))));
            mapping = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException)
        {
            mapping = null;
        }
        if (mapping is null)
        {
            notes.Add(new ImportNote(ImportNoteKind.Info, SitePath, "cannot be read as YAML, so it was left alone; add the menus below by hand"));
            return MenuOutcome.Suggested;
        }
        if (mapping.Children.TryGetValue(new YamlScalarNode("menus"), out var existing))
        {
            return Matches(existing, menus) ? MenuOutcome.AlreadyPresent : MenuOutcome.Suggested;
        }
        writer.Append(SitePath, "\n# Menus imported from WordPress by 'trustsite import wordpress'.\n" + MenuImporter.ToYaml(menus));
        return MenuOutcome.Appended;
    }

    private static bool Matches(YamlNode existing, ImmutableArray<(string Menu, ImmutableArray<(string Name, string Url)> Items)> menus)
    {
        if (existing is not YamlMappingNode mapping || mapping.Children.Count != menus.Length)
        {
            return false;
        }
        foreach (var (menu, items) in menus)
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(menu), out var list) || list is not YamlSequenceNode sequence
                || sequence.Children.Count != items.Length)
            {
                return false;
            }
            for (var i = 0; i < items.Length; i++)
            {
                if (sequence.Children[i] is not YamlMappingNode entry || Value(entry, "name") != items[i].Name || Value(entry, "url") != items[i].Url)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static string? Value(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
