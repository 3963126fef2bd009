namespace TrustSite.Output;

/// <summary>
/// A target that keeps nothing: `trustsite check` renders every page through it, so that errors only templates can
/// reveal (a missing layout, a member of null) are found without writing a site.
/// </summary>
public sealed class DiscardedOutput : IOutputTarget
{
    public void WriteText(string file, string content)
    {
    }

    public void WriteBytes(string file, byte[] content)
    {
    }

    public void CopyFrom(string sourceFile, string file)
    {
    }

    public void Commit(IReadOnlyCollection<string> siteFiles)
    {
    }

    public void Dispose()
    {
    }
}
