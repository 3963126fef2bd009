namespace TrustSite.Scripture;

/// <summary>One node of the book-name trie: its children by folded character, and what a name ending here means in each language.</summary>
internal sealed class NameTrieNode
{
    private char[] _keys = [];
    private NameTrieNode[] _children = [];

    /// <summary>Indexed by NameLanguage: the book a name ending here means in text of that language.</summary>
    public NameMeaning[] Meanings { get; } = new NameMeaning[3];

    public NameTrieNode? Child(char key)
    {
        // Fan-out is small (at most a few dozen at the root), so a linear scan beats hashing and keeps nodes compact.
        var index = Array.IndexOf(_keys, key);
        return index < 0 ? null : _children[index];
    }

    public NameTrieNode GetOrAddChild(char key)
    {
        if (Child(key) is { } existing)
        {
            return existing;
        }
        var child = new NameTrieNode();
        _keys = [.. _keys, key];
        _children = [.. _children, child];
        return child;
    }
}
