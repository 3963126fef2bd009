namespace TrustSite.Import.Writing;

/// <summary>What happened to one file the importer wanted to write.</summary>
public enum WriteOutcome
{
    /// <summary>The file did not exist, or was the importer's own and unedited: written.</summary>
    Written,

    /// <summary>The file already held exactly these bytes: left alone.</summary>
    Unchanged,

    /// <summary>Written over an edited or foreign file because --force was given.</summary>
    Forced,

    /// <summary>Not written: the importer wrote this file before, and someone has edited it since.</summary>
    SkippedEdited,

    /// <summary>Not written: the file exists and the importer never wrote it.</summary>
    SkippedForeign,
}
