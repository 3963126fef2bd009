using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>Writes a privacy report as JSON: the `privacy` section of `build --report`, or the whole of `check --privacy --report`.</summary>
public static class PrivacyReportJson
{
    /// <summary>The report as an indented JSON document ending in a newline.</summary>
    public static string ToJson(PrivacyReport report, string language = "en")
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(json, report, language);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes the report as one JSON object at the writer's position, such as after `json.WritePropertyName("privacy")`.</summary>
    public static void Write(Utf8JsonWriter json, PrivacyReport report, string language = "en")
    {
        json.WriteStartObject();
        json.WriteBoolean("passed", report.Passed);
        json.WriteString("site", report.SiteHost);
        json.WriteNumber("filesRead", report.FilesRead);
        json.WriteString("summary", PrivacySummary.Write(report, language));
        Array(json, "thirdPartyHosts", report.ThirdPartyHosts, host => json.WriteStringValue(host));
        Array(json, "allowedHosts", report.AllowedHosts, allowed =>
        {
            json.WriteStartObject();
            json.WriteString("host", allowed.Host);
            json.WriteString("reason", Camel(allowed.Reason.ToString()));
            Place(json, allowed.Location);
            json.WriteEndObject();
        });
        Array(json, "trackers", report.Trackers, tracker =>
        {
            json.WriteStartObject();
            json.WriteString("name", tracker.Name);
            json.WriteString("category", TrackerList.CategoryName(tracker.Category));
            Array(json, "hosts", tracker.Hosts, host => json.WriteStringValue(host));
            json.WriteNumber("places", tracker.Places);
            json.WriteBoolean("allowed", tracker.IsAllowed);
            json.WriteEndObject();
        });
        Array(json, "findings", report.Findings, finding =>
        {
            json.WriteStartObject();
            json.WriteString("host", finding.Host);
            json.WriteString("kind", Camel(finding.Kind.ToString()));
            json.WriteString("url", finding.Url);
            json.WriteString("via", finding.Via);
            Place(json, finding.Location);
            if (finding.Tracker is { } tracker)
            {
                json.WriteString("tracker", tracker.Name);
            }
            json.WriteBoolean("allowed", finding.IsAllowed);
            json.WriteEndObject();
        });
        Array(json, "storage", report.StorageUses, use =>
        {
            json.WriteStartObject();
            json.WriteString("storage", PrivacyMessages.StorageName(use.Storage));
            json.WriteString("api", use.Api);
            Place(json, use.Location);
            json.WriteBoolean("allowed", use.IsAllowed);
            json.WriteEndObject();
        });
        Array(json, "trackingApis", report.TrackingApiUses, use =>
        {
            json.WriteStartObject();
            json.WriteString("api", use.Api);
            json.WriteString("purpose", use.Purpose);
            Place(json, use.Location);
            json.WriteEndObject();
        });
        Array(json, "failures", report.Failures, d => Diagnostic(json, d));
        Array(json, "warnings", report.Warnings, d => Diagnostic(json, d));
        json.WriteEndObject();
    }

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
        json.WriteString("code", diagnostic.Code);
        Place(json, diagnostic.Location);
        json.WriteString("message", diagnostic.Message);
        if (diagnostic.Hint is { } hint)
        {
            json.WriteString("hint", hint);
        }
        json.WriteEndObject();
    }

    private static void Place(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(item);
        }
        json.WriteEndArray();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
