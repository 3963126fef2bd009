using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TrustSite.Tests.TestSupport;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Tests.Schemas;

/// <summary>One of the JSON Schemas the trust theme ships, and YAML checked against it the way a YAML-aware editor does.</summary>
public sealed class SchemaFile
{
    private readonly JsonSchema _schema;

    private SchemaFile(string name)
    {
        Text = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "trust", "schemas", name));
        Json = JsonNode.Parse(Text)!.AsObject();
        // A registry of its own, so that loading a schema twice never clashes with a global one.
        _schema = JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    public static SchemaFile Site { get; } = new("site.schema.json");

    public static SchemaFile FrontMatter { get; } = new("front-matter.schema.json");

    public string Text { get; }

    public JsonObject Json { get; }

    /// <summary>The schema's complaints about a YAML document, as "location: message" lines; empty when it is valid.</summary>
    public IReadOnlyList<string> Problems(string yaml)
    {
        var results = _schema.Evaluate(ToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
                .DefaultIfEmpty("invalid")];
    }

    /// <summary>YAML as JSON under YAML 1.2's core schema, as the YAML language server reads it: a quoted "5" stays text.</summary>
    public static JsonElement ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var value = stream.Documents.Count == 0 ? null : YamlValueConverter.ToValue(stream.Documents[0].RootNode);
        return JsonSerializer.SerializeToElement(ToNode(value));
    }

    /// <summary>Follows a local "$ref" such as "#/definitions/url".</summary>
    public JsonObject Resolve(JsonObject node)
    {
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode)Json, (current, part) => current[part]!).AsObject();
        }
        return node;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        ImmutableArray<object?> items => new JsonArray([.. items.Select(ToNode)]),
        ImmutableDictionary<string, object?> map => new JsonObject(map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, ToNode(e.Value)))),
        _ => throw new InvalidOperationException($"unexpected YAML value {value.GetType()}"),
    };
}
