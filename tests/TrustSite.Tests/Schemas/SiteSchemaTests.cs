using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Schemas;

/// <summary>themes/trust/schemas/site.schema.json says what SiteConfigLoader accepts: the same keys, strict in the same places, the same types.</summary>
public class SiteSchemaTests
{
    private const string Probe = "zzqqxxjj";
    private const string Base = "title: T\nbaseUrl: https://example.org/\nnewsletter: {action: https://n.example.org/}\n";

    [Fact]
    public void The_sample_site_yml_is_valid_and_points_editors_at_the_schema()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "site.yml"));

        Assert.Empty(SchemaFile.Site.Problems(text));
        Assert.StartsWith("# yaml-language-server: $schema=themes/trust/schemas/site.schema.json\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Knows_exactly_the_keys_the_loader_knows_and_is_strict_where_the_loader_is()
    {
        var mismatches = new List<string>();
        var visited = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);

        Walk(SchemaFile.Site.Json, [], mismatches, visited);

        Assert.Empty(mismatches);
        Assert.True(visited.Count > 30, $"only {visited.Count} parts of the schema were compared with the loader");
    }

    [Theory]
    [InlineData("")]
    [InlineData("title: 2024\ndescription:\nlanguage: es")]
    [InlineData("pagination: {size: 10}\nrelated: {count: 0}\nfeeds: {count: 5, fullContent: false, terms: true}")]
    [InlineData("markdown: {unsafe: false, typographer: true, toc: true, tocMinHeadings: 3, headingAnchors: false}")]
    [InlineData("taxonomies: tags")]
    [InlineData("taxonomies: [tags, topics]")]
    [InlineData("permalinks: {articles: \"/{year}/{month}/{slug}/\", sermons:}")]
    [InlineData("language: en\nlanguages: {en: {name: English}, es: {name: Español, title: Confianza, menus: {main: [{name: Inicio, url: /es/}]}}}")]
    [InlineData("scripture: {enabled: false, en: {version: NIV, url: \"https://bible.example.org/?q={ref}&v={version}\"}}")]
    [InlineData("contact: {phone: 4076180212, country: US, email: a@example.org, hours: 9-5, booking: https://book.example.org/, crisisNotice: false}")]
    [InlineData("contact: {form: {provider: formspree, id: xyz, thankYou: /contact/thanks/}}")]
    [InlineData("contact: {form: {provider: netlify, name: contact}}")]
    [InlineData("contact: {form: {action: /send, method: get, fields: {name: n, email: e, message: m, consent: c, honeypot: h}, hidden: {a: 1, b: true}}}")]
    [InlineData("newsletter: {provider: mailchimp, server: us21, user: abc, list: def, pitch: Hello}")]
    [InlineData("newsletter: {provider: mailerlite, account: 123, form: 456}")]
    [InlineData("newsletter: {provider: kit, form: 789, fields: {email: e, name: n, honeypot: h}}")]
    [InlineData("menus: {main: [{name: About, url: /about/}], footer: [{name: Call, url: \"tel:+14076180212\"}]}")]
    [InlineData("seo: {image: /share.png, titlePattern: \"{title} | {site}\", twitter: \"@ministry\"}\nminify: true\ncname: www.example.org")]
    [InlineData("headers: {allow: [https://media.example.org]}")]
    [InlineData("environments: {development: {baseUrl: \"http://127.0.0.1:1313/\", minify: false}}")]
    [InlineData("privacy: {allow: [https://player.vimeo.com, \"http://media.example.org/\"], storage: [localStorage, cookies]}")]
    [InlineData("privacy: {allow: https://player.vimeo.com, storage: serviceWorker}")]
    [InlineData("crisis: {enabled: true, resources: [{name: Hotline, phone: \"1 800 799 7233\", sms: 88788, url: \"https://www.thehotline.org/\", note: Day and night}]}")]
    [InlineData("safety: {quickExit: {enabled: true, url: \"https://www.bbc.com/weather\"}}")]
    [InlineData("practice: {disclaimer: true, licensure: {type: LMFT, number: MT1, states: [FL, ga]}, noSurprisesAct: {enabled: true}}")]
    [InlineData("practice: {disclaimer: \"Reading is not counseling.\", licensure: {type: LMFT, number: 7, states: FL}}")]
    [InlineData("params: {accent: teal, list: [1, 2], nested: {a: b}}\nauthor: {name: A, bio: B, image: /me.jpg}\ntheme: trust\ntimezone: America/New_York")]
    public void Accepts_what_the_loader_accepts(string yaml)
    {
        var text = WithBase(yaml);

        Assert.True(LoaderAccepts(text, out var errors), errors);
        Assert.Empty(SchemaFile.Site.Problems(text));
    }

    [Theory]
    [InlineData("pagination: {size: ten}")]
    [InlineData("pagination: {size: 0}")]
    [InlineData("related: {count: 51}")]
    [InlineData("feeds: {count: 0}")]
    [InlineData("newsleter: {action: https://n.example.org/}")]
    [InlineData("markdown: {unsafe: yes}")]
    [InlineData("markdown: {toc: [true]}")]
    [InlineData("title:")]
    [InlineData("title: [a, b]")]
    [InlineData("baseUrl: ftp://example.org/")]
    [InlineData("baseUrl: https://example.org/?page=1")]
    [InlineData("language: English")]
    [InlineData("languages: {en: {}, English: {}}")]
    [InlineData("languages: {en: {nmae: English}}")]
    [InlineData("author: {name: A, website: https://example.org/}")]
    [InlineData("author: {image: \"javascript:alert(1)\"}")]
    [InlineData("contact: {email: not an email}")]
    [InlineData("contact: {booking: \"data:text/html,hi\"}")]
    [InlineData("contact: {crisisNotice: sometimes}")]
    [InlineData("contact: {form: {provider: formspree}}")]
    [InlineData("contact: {form: {provider: formspree, id: \"  \"}}")]
    [InlineData("contact: {form: {thankYou: /thanks/}}")]
    [InlineData("contact: {form: {action: /send, method: put}}")]
    [InlineData("contact: {form: {action: /send, fields: {fax: f}}}")]
    [InlineData("newsletter: {provider: buttondown}")]
    [InlineData("newsletter: {provider: mailchimp, server: us21}")]
    [InlineData("newsletter: {provider: sendy, account: a}")]
    [InlineData("newsletter: {action: https://n.example.org/, fields: {message: m}}")]
    [InlineData("menus: {main: [{name: About}]}")]
    [InlineData("menus: {main: {name: About, url: /about/}}")]
    [InlineData("menus: {main: [{name: About, url: /about/, title: x}]}")]
    [InlineData("taxonomies: [Tags]")]
    [InlineData("permalinks: {articles: \"/{year}/\"}")]
    [InlineData("permalinks: {articles: \"/{yr}/{slug}/\"}")]
    [InlineData("scripture: {enabled: nope}")]
    [InlineData("scripture: {en: {url: \"https://bible.example.org/{version}\"}}")]
    [InlineData("scripture: {en: {translation: NIV}}")]
    [InlineData("seo: {titlePattern: \"{site}\"}")]
    [InlineData("cname: https://www.example.org")]
    [InlineData("headers: {allow: [media.example.org]}")]
    [InlineData("minify: please")]
    [InlineData("params: [a, b]")]
    [InlineData("environments: {production: {tittle: T}}")]
    [InlineData("privacy: {allow: [https://player.vimeo.com/video/1]}")]
    [InlineData("privacy: {allow: [player.vimeo.com]}")]
    [InlineData("privacy: {storage: [fingerprints]}")]
    [InlineData("privacy: {block: [a]}")]
    [InlineData("crisis: {resources: [{phone: \"988\"}]}")]
    [InlineData("crisis: {resources: [{name: A, phone: call us}]}")]
    [InlineData("crisis: {resources: [{name: A, url: /help/}]}")]
    [InlineData("crisis: {enabled: maybe}")]
    [InlineData("safety: {quickExit: {enabled: true, url: \"http://weather.example.com/\"}}")]
    [InlineData("safety: {quickexit: {enabled: true}, panic: true}")]
    [InlineData("practice: {licensure: {type: LMFT, number: 1, states: [Florida]}}")]
    [InlineData("practice: {licensure: {type: LMFT, states: [FL]}}")]
    public void Rejects_what_the_loader_rejects(string yaml)
    {
        var text = WithBase(yaml);

        Assert.False(LoaderAccepts(text, out _), "the loader accepted it");
        Assert.NotEmpty(SchemaFile.Site.Problems(text));
    }

    [Fact]
    public void Offers_exactly_the_form_services_and_kinds_of_browser_storage_the_loader_knows()
    {
        var properties = SchemaFile.Site.Json["properties"]!;

        Assert.Equal(FormPresets.Contact.Keys.Append("generic").Order(StringComparer.Ordinal), Enum(properties["contact"]!["properties"]!["form"]!["properties"]!["provider"]!));
        Assert.Equal(FormPresets.Newsletter.Keys.Append("generic").Order(StringComparer.Ordinal), Enum(properties["newsletter"]!["properties"]!["provider"]!));
        Assert.Equal(System.Enum.GetValues<BrowserStorage>().Select(PrivacyReader.Name).Order(StringComparer.Ordinal),
            Enum(properties["privacy"]!["properties"]!["storage"]!["anyOf"]![0]!));
    }

    [Fact]
    public void Requires_of_each_form_service_the_settings_the_loader_requires()
    {
        foreach (var (section, presets) in new[] { ("contact", FormPresets.Contact), ("newsletter", FormPresets.Newsletter) })
        {
            foreach (var preset in presets.Values)
            {
                var form = section == "contact" ? $"contact: {{form: {{provider: {preset.Name}}}}}" : $"newsletter: {{provider: {preset.Name}}}";

                var problems = SchemaFile.Site.Problems(WithBase(form));

                Assert.Equal(preset.Settings.Length > 0, problems.Count > 0);
                Assert.Equal(LoaderAccepts(WithBase(form), out _), problems.Count == 0);
            }
        }
    }

    [Fact]
    public void Names_the_unknown_key_and_the_wrong_type()
    {
        var unknown = SchemaFile.Site.Problems(WithBase("newsleter: {}"));
        var wrongType = SchemaFile.Site.Problems(WithBase("pagination: {size: ten}"));

        Assert.Contains(unknown, p => p.StartsWith("/newsleter: ", StringComparison.Ordinal));
        Assert.Contains(wrongType, p => p.StartsWith("/pagination/size: type ", StringComparison.Ordinal));
    }

    [Fact]
    public void Describes_every_setting_in_one_sentence()
    {
        // The environment override's properties are references to the settings themselves, described there.
        var missing = Properties(SchemaFile.Site.Json).Where(p => !(p.Schema.Count == 1 && p.Schema.ContainsKey("$ref")))
            .Where(p => p.Schema["description"]?.GetValue<string>() is not { } d || !d.EndsWith('.') || d.Length > 200)
            .Select(p => p.Path);

        Assert.Empty(missing);
    }

    [Fact]
    public void Explains_every_pattern_in_plain_words_for_editors_that_show_it()
    {
        var unexplained = new[] { SchemaFile.Site.Json, SchemaFile.FrontMatter.Json }.SelectMany(Patterned)
            .Where(node => node["patternErrorMessage"]?.GetValue<string>() is not { Length: > 0 }).Select(node => node["pattern"]!.GetValue<string>());

        Assert.Empty(unexplained);
    }

    private static string[] Enum(JsonNode node) =>
        [.. node["enum"]!.AsArray().Where(v => v is not null).Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static IEnumerable<JsonObject> Patterned(JsonNode? node) => node switch
    {
        JsonObject map => (map.ContainsKey("pattern") && map["pattern"] is JsonValue ? [map] : Enumerable.Empty<JsonObject>())
            .Concat(map.Select(e => e.Value).SelectMany(Patterned)),
        JsonArray list => list.SelectMany(Patterned),
        _ => [],
    };

    /// <summary>Every named property of the schema, with its path, for checks that apply to each setting.</summary>
    internal static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonObject node, string path = "")
    {
        foreach (var container in new[] { "properties", "definitions", "patternProperties" })
        {
            foreach (var (key, value) in node[container]?.AsObject() ?? [])
            {
                if (value is JsonObject child)
                {
                    if (container == "properties")
                    {
                        yield return ($"{path}/{key}", child);
                    }
                    foreach (var inner in Properties(child, $"{path}/{key}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        if (node["items"] is JsonObject items)
        {
            foreach (var inner in Properties(items, path + "[]"))
            {
                yield return inner;
            }
        }
    }

    private static string WithBase(string yaml)
    {
        // A fragment's own top-level keys replace the base's, so a case can give its own title or newsletter.
        var given = yaml.Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])).Select(l => l.Split(':')[0]).ToHashSet(StringComparer.Ordinal);
        return string.Concat(Base.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !given.Contains(l.Split(':')[0])).Select(l => l + "\n")) + yaml + "\n";
    }

    private static bool LoaderAccepts(string yaml, out string errors)
    {
        var bag = new DiagnosticBag();
        var config = new SiteConfigLoader().Parse(yaml, bag, environment: "production");
        errors = bag.ToSortedArray().Where(d => d.IsError).Describe();
        return config is not null && !bag.HasErrors;
    }

    private static void Walk(JsonObject schemaNode, ImmutableArray<object> path, List<string> mismatches, HashSet<JsonObject> visited)
    {
        var node = Unwrap(schemaNode);
        if (!visited.Add(node))
        {
            return;
        }
        var where = path.Length == 0 ? "site.yml" : string.Join('.', path);
        if (IsObject(node))
        {
            var loaderKeys = LoaderKnownKeys(path);
            var isStrict = node["additionalProperties"] is JsonValue value && value.GetValue<bool>() == false;
            if (isStrict && loaderKeys is null)
            {
                mismatches.Add($"{where}: the schema refuses unknown keys, the loader accepts them");
            }
            else if (!isStrict && loaderKeys is not null)
            {
                mismatches.Add($"{where}: the loader refuses unknown keys, the schema accepts them (add \"additionalProperties\": false)");
            }
            else if (loaderKeys is not null && !loaderKeys.SetEquals(SchemaKeys(node, path)))
            {
                mismatches.Add($"{where}: the loader knows [{string.Join(", ", loaderKeys.Order())}], the schema [{string.Join(", ", SchemaKeys(node, path).Order())}]");
            }
        }
        foreach (var (key, child) in node["properties"]?.AsObject() ?? [])
        {
            Walk(child!.AsObject(), path.Add(key), mismatches, visited);
        }
        foreach (var (_, child) in node["patternProperties"]?.AsObject() ?? [])
        {
            Walk(child!.AsObject(), path.Add(SampleKey(path)), mismatches, visited);
        }
        if (node["additionalProperties"] is JsonObject values)
        {
            Walk(values, path.Add(SampleKey(path)), mismatches, visited);
        }
        if (node["items"] is JsonObject items)
        {
            Walk(items, path.Add(0), mismatches, visited);
        }
    }

    // A description beside a $ref is written as {"description": ..., "allOf": [{"$ref": ...}]}, as draft-07 requires.
    private static JsonObject Unwrap(JsonObject node)
    {
        var resolved = SchemaFile.Site.Resolve(node);
        return resolved["allOf"] is JsonArray { Count: 1 } all && all[0] is JsonObject only && only.ContainsKey("$ref") && !resolved.ContainsKey("properties")
            ? SchemaFile.Site.Resolve(only)
            : resolved;
    }

    private static bool IsObject(JsonObject node) => node["type"] switch
    {
        JsonValue single => single.GetValue<string>() == "object",
        JsonArray many => many.Any(t => t!.GetValue<string>() == "object"),
        _ => false,
    };

    private static HashSet<string> SchemaKeys(JsonObject node, ImmutableArray<object> path)
    {
        var keys = (node["properties"]?.AsObject() ?? []).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // Keys that follow a pattern (language codes under scripture:) are stood for by the sample the probe used.
        foreach (var (pattern, _) in node["patternProperties"]?.AsObject() ?? [])
        {
            if (Regex.IsMatch(SampleKey(path), pattern))
            {
                keys.Add(SampleKey(path));
            }
        }
        return keys;
    }

    private static string SampleKey(ImmutableArray<object> path) => path.IsEmpty ? "x" : path[^1] switch
    {
        "languages" or "scripture" => "en",
        "menus" => "main",
        // The loader applies the environment being built, production by default.
        "environments" => "production",
        _ => "x",
    };

    /// <summary>The keys the loader knows at a path, read from its own "known keys" hint; null when it accepts any key there.</summary>
    private static HashSet<string>? LoaderKnownKeys(ImmutableArray<object> path)
    {
        // Both forms complete, as the loader reads a form's fields only once it knows where the form goes.
        var root = JsonNode.Parse("""
            {"title": "T", "baseUrl": "https://example.org/", "newsletter": {"action": "https://n.example.org/"}, "contact": {"form": {"action": "/send"}}}
            """)!;
        JsonNode current = root;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] is not string key)
            {
                current = current[0]!;
                continue;
            }
            if (current[key] is not (JsonObject or JsonArray))
            {
                current[key] = i + 1 < path.Length && path[i + 1] is int ? new JsonArray(new JsonObject()) : new JsonObject();
            }
            current = current[key]!;
        }
        current[Probe] = 1;
        var bag = new DiagnosticBag();
        new SiteConfigLoader().Parse(root.ToJsonString(), bag);
        var unknown = bag.ToSortedArray().FirstOrDefault(d => d.Code == DiagnosticCodes.ConfigUnknownKey && d.Message.StartsWith($"unknown key '{Probe}'", StringComparison.Ordinal));
        if (unknown is null)
        {
            return null;
        }
        Assert.StartsWith("known keys: ", unknown.Hint);
        return unknown.Hint!["known keys: ".Length..].Split(", ").ToHashSet(StringComparer.Ordinal);
    }
}
