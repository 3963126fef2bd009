namespace TrustSite.Import;

/// <summary>One line of the import report: what it is about (a file or an item of the export) and what happened.</summary>
public sealed record ImportNote(ImportNoteKind Kind, string Subject, string Detail);
