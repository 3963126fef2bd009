namespace TrustSite.Scripture;

/// <summary>A reference found in a text: where it starts, how many characters it covers, and what it means.</summary>
public sealed record ScriptureMatch(int Start, int Length, ScriptureReference Reference)
{
    public int End => Start + Length;
}
