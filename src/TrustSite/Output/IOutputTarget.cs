namespace TrustSite.Output;

/// <summary>Where a build writes: a staging folder swapped in whole (trustsite build), or the preview's live folder (trustsite serve).</summary>
public interface IOutputTarget : IDisposable
{
    void WriteText(string file, string content);

    void WriteBytes(string file, byte[] content);

    void CopyFrom(string sourceFile, string file);

    /// <summary>Makes the written site the published one; <paramref name="siteFiles"/> is every file the site has now.</summary>
    void Commit(IReadOnlyCollection<string> siteFiles);
}
