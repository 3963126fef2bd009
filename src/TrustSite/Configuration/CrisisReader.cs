using System.Collections.Immutable;
using TrustSite.Diagnostics;
using TrustSite.Urls;
using TrustSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace TrustSite.Configuration;

/// <summary>Reads `crisis: {enabled, resources: [{name, phone, sms, url, note}]}`; contact.crisisNotice: false, the older switch, still turns it off.</summary>
internal sealed class CrisisReader(DiagnosticBag diagnostics)
{
    public const string Key = "crisis";

    private static readonly string[] ResourceKeys = ["name", "phone", "sms", "url", "note"];

    public CrisisConfig Read(YamlMapReader site, ContactConfig contact)
    {
        if (site.Map(Key) is not { } yaml)
        {
            return CrisisConfig.Default with { IsEnabled = contact.ShowCrisisNotice };
        }
        yaml.RejectUnknownKeys(["enabled", "resources"], DiagnosticCodes.ConfigUnknownKey, Key);
        var resources = yaml.Sequence("resources") is { } sequence ? ReadResources(sequence, yaml.Source) : [];
        return new CrisisConfig(yaml.Bool("enabled") ?? contact.ShowCrisisNotice, resources);
    }

    private ImmutableArray<CrisisResource> ReadResources(YamlSequenceNode sequence, YamlSource source)
    {
        var resources = ImmutableArray.CreateBuilder<CrisisResource>();
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(DiagnosticCodes.ConfigType, source.LocationOf(node), "each item of crisis.resources must be a mapping with a 'name'",
                    "write it as '- name: 988 Suicide and Crisis Lifeline' with 'phone: \"988\"' on the next line");
                continue;
            }
            var item = new YamlMapReader(mapping, source, diagnostics, DiagnosticCodes.ConfigType);
            item.RejectUnknownKeys(ResourceKeys, DiagnosticCodes.ConfigUnknownKey, "crisis.resources");
            if (ReadResource(item) is { } resource)
            {
                resources.Add(resource);
            }
        }
        return resources.ToImmutable();
    }

    private CrisisResource? ReadResource(YamlMapReader item)
    {
        var name = item.String("name");
        var phone = Number(item, "phone");
        var sms = Number(item, "sms");
        var url = ReadUrl(item);
        if (string.IsNullOrWhiteSpace(name))
        {
            diagnostics.Error(DiagnosticCodes.CrisisResourceIncomplete, item.Source.LocationOf(item.Node), "a crisis resource needs a 'name'",
                "name the service as people know it, like '988 Suicide and Crisis Lifeline'");
            return null;
        }
        if (phone is null && sms is null && url is null && !item.Has("phone") && !item.Has("sms") && !item.Has("url"))
        {
            diagnostics.Error(DiagnosticCodes.CrisisResourceIncomplete, item.LocationOf("name"), $"the crisis resource '{name}' has no way to reach it",
                "give it a 'phone', an 'sms' number or a 'url'");
            return null;
        }
        return new CrisisResource(name.Trim(), phone, sms, url, item.String("note"));
    }

    private string? Number(YamlMapReader item, string key)
    {
        if (item.String(key) is not { } text)
        {
            return null;
        }
        if (CrisisNumber.IsRetired(text))
        {
            diagnostics.Error(DiagnosticCodes.CrisisNumberRetired, item.ValueLocationOf(key),
                $"'{key}' is the retired National Suicide Prevention Lifeline number {CrisisNumber.RetiredLifeline}",
                "the lifeline is now 988: write \"988\", which people can call or text");
            return null;
        }
        if (CrisisNumber.Problem(text) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.CrisisNumberInvalid, item.ValueLocationOf(key), $"'{key}' \"{text}\" cannot be dialled: {problem}",
                "write the number as people dial it, like \"988\" or \"1 800 799 7233\"");
            return null;
        }
        return text.Trim();
    }

    private string? ReadUrl(YamlMapReader item)
    {
        var url = UrlSetting.Read(item, "url", diagnostics);
        if (url is not null && !SafeUrl.IsAbsoluteHttp(url))
        {
            diagnostics.Error(DiagnosticCodes.CrisisResourceIncomplete, item.ValueLocationOf("url"), $"'url' \"{url}\" of a crisis resource must be a whole web address",
                "write it with https://, like https://988lifeline.org/chat/");
            return null;
        }
        return url;
    }
}
