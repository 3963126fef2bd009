using System.Collections.Immutable;

namespace TrustSite.BrowserTests.Hosting;

/// <summary>One form as a provider received it: which stub, how it was sent, and every field.</summary>
public sealed record FormSubmission(string Endpoint, string Method, string ContentType, ImmutableArray<KeyValuePair<string, string>> Fields)
{
    /// <summary>Every value sent under <paramref name="name"/>; a field sent twice shows up as two values.</summary>
    public string[] Values(string name) => [.. Fields.Where(f => f.Key == name).Select(f => f.Value)];

    public override string ToString() =>
        $"{Method} /{Endpoint} ({ContentType}): " + string.Join(", ", Fields.Select(f => $"{f.Key}=\"{f.Value}\""));
}
