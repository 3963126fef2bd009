namespace TrustSite.Import;

/// <summary>What the import did with WordPress's menus.</summary>
public enum MenuOutcome
{
    /// <summary>The export has no menu entries that point at imported content.</summary>
    None,

    /// <summary>site.yml had no menus: the imported ones were appended to it.</summary>
    Appended,

    /// <summary>site.yml already has exactly these menus.</summary>
    AlreadyPresent,

    /// <summary>site.yml has other menus, or cannot be read: the YAML is in the report for the author to merge.</summary>
    Suggested,
}
