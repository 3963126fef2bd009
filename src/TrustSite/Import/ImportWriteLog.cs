using TrustSite.Import.Writing;

namespace TrustSite.Import;

/// <summary>Counts what happened to each file the import meant to write, and notes the ones it left alone.</summary>
public sealed class ImportWriteLog(List<ImportNote> notes)
{
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    public int Written { get; private set; }

    public int Unchanged { get; private set; }

    public int MediaCopied { get; private set; }

    /// <summary>The file being written, for the message when writing fails.</summary>
    public string? Current { get; private set; }

    public void Record(string sitePath, WriteOutcome outcome, bool isMedia = false)
    {
        Current = sitePath;
        Touched.Add(sitePath);
        switch (outcome)
        {
            case WriteOutcome.Written or WriteOutcome.Forced:
                Written++;
                MediaCopied += isMedia ? 1 : 0;
                if (outcome == WriteOutcome.Forced)
                {
                    notes.Add(new ImportNote(ImportNoteKind.Info, sitePath, "was replaced because of --force"));
                }
                break;
            case WriteOutcome.Unchanged:
                Unchanged++;
                break;
            case WriteOutcome.SkippedEdited:
                notes.Add(new ImportNote(ImportNoteKind.FileNotOverwritten, sitePath, "was edited since the last import; kept as it is (--force replaces it)"));
                break;
            case WriteOutcome.SkippedForeign:
                notes.Add(new ImportNote(ImportNoteKind.FileNotOverwritten, sitePath, "already exists and was not written by the importer; kept as it is (--force replaces it)"));
                break;
        }
    }
}
