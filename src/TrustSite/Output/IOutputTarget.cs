namespace TrustSite.Output;

/// <summary>Where a build writes: a staging folder swapped in whole (trustsite build), or the preview's live folder (trustsite serve).</summary>
public interface IOutputTarget : IDisposable
{
    void WriteText(string file, string content);

    /// <summary>Writes a page straight from the renderer's buffer.</summary>
    void WriteText(string file, System.Text.StringBuilder content) => WriteText(file, content.ToString());

    void WriteBytes(string file, byte[] content);

    void CopyFrom(string sourceFile, string file);

    /// <summary>Makes the written site the published one; <paramref name="siteFiles"/> is every file the site has now.</summary>
    void Commit(IReadOnlyCollection<string> siteFiles);
}
