using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrustSite.Build;
using TrustSite.Pages;
using TrustSite.Privacy;

namespace TrustSite.Cli;

/// <summary>The --report file: what a build did, for CI to read: pages by kind, diagnostics with their place, what was left out, time by stage.</summary>
public static class JsonBuildReport
{
    public static string Write(BuildResult result, BuildOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("generator", SiteBuilder.Generator);
            json.WriteString("environment", options.Environment);
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteBoolean("strict", options.Strict);
            json.WriteStartObject("pages");
            foreach (var (kind, count) in result.PagesByKind.OrderBy(p => p.Key))
            {
                json.WriteNumber(kind.LayoutName(), count);
            }
            json.WriteEndObject();
            json.WriteNumber("pageCount", result.PageCount);
            json.WriteNumber("filesCopied", result.FilesCopied);
            json.WriteStartArray("leftOut");
            foreach (var excluded in result.Excluded)
            {
                json.WriteStartObject();
                json.WriteString("path", excluded.Path);
                json.WriteString("reason", excluded.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("path", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("message", diagnostic.Message);
                if (diagnostic.Hint is { } hint)
                {
                    json.WriteString("hint", hint);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (result.Privacy is { } privacy)
            {
                json.WritePropertyName("privacy");
                PrivacyReportJson.Write(json, privacy);
            }
            json.WriteStartArray("stages");
            foreach (var timing in result.Timings)
            {
                json.WriteStartObject();
                json.WriteString("stage", timing.Stage);
                json.WriteNumber("milliseconds", Math.Round(timing.Elapsed.TotalMilliseconds, 1));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
