using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Configuration;

/// <summary>Reads `menus:`: named lists of links, each with a name and a url.</summary>
internal sealed class MenuReader(DiagnosticBag diagnostics)
{
    public ImmutableDictionary<string, ImmutableArray<MenuItem>> Read(YamlMapReader? yaml)
    {
        var menus = ImmutableDictionary.CreateBuilder<string, ImmutableArray<MenuItem>>(StringComparer.Ordinal);
        if (yaml is null)
        {
            return menus.ToImmutable();
        }
        foreach (var (name, _) in yaml.Entries)
        {
            if (yaml.Sequence(name) is { } sequence)
            {
                menus[name] = ReadItems(sequence, yaml.Source, $"menus.{name}");
            }
        }
        return menus.ToImmutable();
    }

    private ImmutableArray<MenuItem> ReadItems(YamlSequenceNode sequence, YamlSource source, string where)
    {
        var items = ImmutableArray.CreateBuilder<MenuItem>();
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(DiagnosticCodes.ConfigType, source.LocationOf(node), $"each item of {where} must have a 'name' and a 'url'",
                    "write it as '- name: About' with 'url: /about/' on the next line");
                continue;
            }
            var item = new YamlMapReader(mapping, source, diagnostics, DiagnosticCodes.ConfigType);
            item.RejectUnknownKeys(["name", "url"], DiagnosticCodes.ConfigUnknownKey, where);
            var name = item.String("name");
            var url = UrlSetting.Read(item, "url", diagnostics);
            if (name is null || url is null)
            {
                if (!item.Has("name") || !item.Has("url"))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigRequired, source.LocationOf(node), $"each item of {where} needs both 'name' and 'url'",
                        "write it as '- name: About' with 'url: /about/' on the next line");
                }
                continue;
            }
            items.Add(new MenuItem(name, url, SafeUrl.IsAbsoluteHttp(url) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)));
        }
        return items.ToImmutable();
    }
}
