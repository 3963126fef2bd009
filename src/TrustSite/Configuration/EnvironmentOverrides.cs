using YamlDotNet.RepresentationModel;

namespace TrustSite.Configuration;

/// <summary>Applies the `environments: {development: {...}}` section of site.yml: its keys replace the top-level ones, mappings merged key by key.</summary>
/// <remarks>Merged as YAML nodes, before anything is read, so a mistake in an override is reported at its own line like any other.</remarks>
public static class EnvironmentOverrides
{
    public const string Key = "environments";

    /// <summary>Merges the environment's overrides into the freshly parsed root, in place, keeping every node's position.</summary>
    public static YamlMappingNode Apply(YamlMappingNode root, string environment)
    {
        if (Find(root, Key) is YamlMappingNode environments && Find(environments, environment) is YamlMappingNode overrides)
        {
            Merge(root, overrides);
        }
        return root;
    }

    private static void Merge(YamlMappingNode basis, YamlMappingNode overrides)
    {
        foreach (var (key, value) in overrides.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                continue;
            }
            var existing = basis.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } n } && n == name);
            if (existing.Value is YamlMappingNode inner && value is YamlMappingNode innerOverride)
            {
                Merge(inner, innerOverride);
            }
            else
            {
                basis.Children[existing.Key ?? key] = value;
            }
        }
    }

    private static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } name } && name == key).Value;
}
