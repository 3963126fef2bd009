using System.Collections.Immutable;

namespace TrustSite.Scaffolding;

/// <summary>The files built into the library for `trustsite new site`: the starter site and the trust theme, by path.</summary>
internal static class EmbeddedFiles
{
    public const string ThemePrefix = "themes/trust/";
    public const string StarterPrefix = "starter/";

    /// <summary>Every embedded file whose path starts with the prefix, with the prefix removed, in ordinal order.</summary>
    public static ImmutableArray<(string Path, byte[] Bytes)> Under(string prefix)
    {
        var assembly = typeof(EmbeddedFiles).Assembly;
        var files = ImmutableArray.CreateBuilder<(string, byte[])>();
        // MSBuild writes RecursiveDir with the separator of the machine that built the library.
        foreach (var (resource, path) in assembly.GetManifestResourceNames().Select(n => (n, n.Replace('\\', '/')))
                     .Where(r => r.Item2.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.Item2, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            files.Add((path[prefix.Length..], buffer.ToArray()));
        }
        return files.ToImmutable();
    }
}
