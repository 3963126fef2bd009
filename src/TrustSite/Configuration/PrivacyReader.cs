using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Configuration;

/// <summary>Reads `privacy: {allow: [https://host, ...], storage: [localStorage, ...]}`, each mistake at its own line.</summary>
internal sealed class PrivacyReader(DiagnosticBag diagnostics)
{
    public const string Key = "privacy";

    public PrivacyConfig Read(YamlMapReader site)
    {
        if (site.Map(Key) is not { } yaml)
        {
            return PrivacyConfig.Default;
        }
        yaml.RejectUnknownKeys(["allow", "storage"], DiagnosticCodes.ConfigUnknownKey, Key);
        var allow = Items(yaml, "allow").Select(Allowance).OfType<PrivacyAllowance>();
        var storage = Items(yaml, "storage").Select(Storage).OfType<BrowserStorage>();
        return new PrivacyConfig([.. allow.DistinctBy(a => a.Origin)], [.. storage.Distinct().Order()]);
    }

    private PrivacyAllowance? Allowance((string Text, SourceLocation Location) item)
    {
        if (!Uri.TryCreate(item.Text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, item.Location, $"\"{item.Text}\" in privacy.allow is not an http(s) address",
                "write the origin, like https://player.vimeo.com");
            return null;
        }
        // The audit compares hosts: a path or query here would suggest a narrower permission than the one given.
        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, item.Location, $"\"{item.Text}\" in privacy.allow has a path; the audit allows whole hosts",
                $"write the origin alone: {uri.GetLeftPart(UriPartial.Authority)}");
            return null;
        }
        return new PrivacyAllowance(uri.GetLeftPart(UriPartial.Authority), item.Location);
    }

    private BrowserStorage? Storage((string Text, SourceLocation Location) item)
    {
        var known = Enum.GetValues<BrowserStorage>().Select(Name).ToArray();
        var index = Array.FindIndex(known, name => name.Equals(item.Text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            return Enum.GetValues<BrowserStorage>()[index];
        }
        diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, item.Location, $"unknown storage \"{item.Text}\" in privacy.storage",
            DidYouMean.Hint(item.Text, known) ?? $"known kinds: {string.Join(", ", known)}");
        return null;
    }

    /// <summary>The name site.yml uses for a kind of storage, such as "localStorage".</summary>
    public static string Name(BrowserStorage storage) => storage switch
    {
        BrowserStorage.Cookies => "cookies",
        BrowserStorage.IndexedDB => "indexedDB",
        _ => char.ToLowerInvariant(storage.ToString()[0]) + storage.ToString()[1..],
    };

    /// <summary>A list's items with their lines; a single value is a list of one, as elsewhere in site.yml.</summary>
    private static IEnumerable<(string Text, SourceLocation Location)> Items(YamlMapReader yaml, string key)
    {
        var node = yaml.NodeOf(key);
        IEnumerable<YamlNode> children = node switch
        {
            null => [],
            YamlScalarNode => [node],
            YamlSequenceNode sequence => sequence.Children,
            _ => Wrong(yaml, key, node),
        };
        foreach (var child in children)
        {
            if (child is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                yield return (text.Trim(), yaml.Source.LocationOf(child));
            }
            else if (!YamlMapReader.IsNull(child))
            {
                yaml.WrongType(key, child, "a single value in each item of the list");
            }
        }
    }

    private static IEnumerable<YamlNode> Wrong(YamlMapReader yaml, string key, YamlNode node)
    {
        yaml.WrongType(key, node, "a list, like [https://player.vimeo.com]");
        return [];
    }
}
