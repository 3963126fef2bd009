using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TrustSite.Import;

/// <summary>Keeps imported posts off the addresses the site's own content already publishes: such a post is not written
/// (even with --force, which only replaces the importer's own files and files at the very same path), and an old address
/// that is now an existing page is not kept as an alias.</summary>
public sealed class AddressCollisions(FrozenDictionary<string, string> existing, List<ImportNote> notes, bool force)
{
    public PlannedDocument WithFreeAliases(PlannedDocument plan)
    {
        if (!plan.Aliases.Any(existing.ContainsKey))
        {
            return plan;
        }
        foreach (var alias in plan.Aliases.Where(existing.ContainsKey))
        {
            notes.Add(new ImportNote(ImportNoteKind.Renamed, DocumentPlanner.Describe(plan.Item),
                $"the old address {alias} is now {existing[alias]}'s address; it was not kept as an alias"));
        }
        return plan with { Aliases = [.. plan.Aliases.Where(a => !existing.ContainsKey(a))] };
    }

    /// <summary>The existing file that publishes the document's address, or null when the address is free or that file is the document's own path.</summary>
    public string? Owner(ComposedDocument document)
    {
        if (!existing.TryGetValue(document.Plan.Url, out var owner) || owner == document.SitePath)
        {
            return null;
        }
        var forced = force ? " --force does not change this: it never replaces a file the import did not write at another path." : "";
        notes.Add(new ImportNote(ImportNoteKind.Skipped, DocumentPlanner.Describe(document.Plan.Item),
            $"it would be written to {document.SitePath} and published at {document.Plan.Url}, the address {owner} already has, so it was not written; "
            + $"links to it from other imported posts go to {owner}. Rename or remove {owner} and import again to bring it in.{forced}"));
        return owner;
    }

    public ImmutableArray<PlannedDocument> WithFreeAliases(ImmutableArray<PlannedDocument> plans) => [.. plans.Select(WithFreeAliases)];
}
