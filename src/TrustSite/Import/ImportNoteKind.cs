namespace TrustSite.Import;

/// <summary>The sections of the import report, in the order it prints them.</summary>
public enum ImportNoteKind
{
    /// <summary>An item of the export that was not imported, and why.</summary>
    Skipped,

    /// <summary>Imported, but not published: private or password-protected on the old site.</summary>
    NotPublic,

    /// <summary>A slug or address changed on the way (missing, unsafe, or taken).</summary>
    Renamed,

    /// <summary>Kept as raw HTML in the Markdown.</summary>
    RawHtml,

    /// <summary>A shortcode kept as text.</summary>
    UnknownShortcode,

    /// <summary>Replaced (an iframe by a link) or left out (a missing reusable block or gallery image).</summary>
    Changed,

    /// <summary>An uploaded file still linked at the old site.</summary>
    MediaNotCopied,

    /// <summary>A file the importer did not write because someone else did, or edited it.</summary>
    FileNotOverwritten,

    /// <summary>A file an earlier import wrote that this import no longer writes; never deleted.</summary>
    Stale,

    /// <summary>Anything else worth knowing: the category hierarchy, menus, nested pages.</summary>
    Info,
}
