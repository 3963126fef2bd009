using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TrustSite.Diagnostics;
using TrustSite.Import.HtmlToMarkdown;
using TrustSite.Import.WordPress;
using TrustSite.Import.Writing;

namespace TrustSite.Import;

/// <summary>`trustsite import wordpress`: reads the export, plans and converts every post and page, writes them safely, reports.</summary>
public sealed partial class WordPressImporter
{
    public ImportReport? Import(ImportOptions options, DiagnosticBag diagnostics)
    {
        var export = new WxrReader().Read(options.ExportPath, options.ExportDisplayPath, diagnostics);
        if (export is null)
        {
            return null;
        }
        if (ImportManifest.Load(options.SiteRoot) is not { } manifest)
        {
            diagnostics.Error(DiagnosticCodes.ImportManifestInvalid, SourceLocation.File(ImportManifest.SitePath),
                "the record of an earlier import cannot be read, so the importer cannot tell its files from edited ones",
                $"restore {ImportManifest.SitePath} from version control, or delete it: every existing file is then kept unless you pass --force");
            return null;
        }
        var notes = new List<ImportNote>();
        var catalog = new ItemCatalog(export);
        var oldSite = new OldSiteAddress(export.SiteUrl);
        var config = SiteLanguages.LoadConfig(options.SiteRoot);
        var collisions = new AddressCollisions(ExistingAddresses.Find(options.SiteRoot, config, manifest), notes, options.Force);
        var plans = collisions.WithFreeAliases(new DocumentPlanner(catalog, oldSite, SiteLanguages.Of(config), notes).Plan());
        WarnAboutUndatedItems(plans, options.ExportDisplayPath, diagnostics);
        var byOldAddress = OldAddresses(plans, oldSite);
        var composer = new DocumentComposer(catalog, oldSite, byOldAddress, options.UploadsPath, new HtmlToMarkdownConverter());
        var composed = new ComposedDocument[plans.Length];
        Parallel.For(0, plans.Length, i => composed[i] = composer.Compose(plans[i]));
        var owners = composed.ToDictionary(c => c.Plan.Item.Id, collisions.Owner);
        var documents = WithLinksResolved(composed, owners);
        var menus = new MenuImporter(catalog, oldSite, plans.ToFrozenDictionary(p => p.Item.Id), byOldAddress, notes).Import();
        var comments = CommentArchive.Build(plans);
        var hostRedirects = HostRedirectsFile.Of(documents);
        string? hostRedirectsPath = null;

        var previous = manifest.Files;
        var writer = new SiteFileWriter(options.SiteRoot, manifest, options.Force);
        var outcomes = new ImportWriteLog(notes);
        var menuOutcome = MenuOutcome.None;
        try
        {
            foreach (var document in documents.OrderBy(d => d.SitePath, StringComparer.Ordinal))
            {
                outcomes.Record(document.SitePath, writer.Write(document.SitePath, ImportManifest.Utf8(document.Text)));
                var folder = document.SitePath[..(document.SitePath.LastIndexOf('/') + 1)];
                foreach (var file in document.Media)
                {
                    outcomes.Record(folder + file.Name, writer.Write(folder + file.Name, File.ReadAllBytes(file.SourcePath)), isMedia: true);
                }
            }
            if (comments.Yaml is { } yaml)
            {
                outcomes.Record(CommentArchive.SitePath, writer.Write(CommentArchive.SitePath, ImportManifest.Utf8(yaml)));
            }
            if (HostRedirectsFile.Render(hostRedirects) is { } rules)
            {
                var outcome = writer.Write(HostRedirectsFile.SitePath, ImportManifest.Utf8(rules));
                outcomes.Record(HostRedirectsFile.SitePath, outcome);
                hostRedirectsPath = outcome is WriteOutcome.SkippedEdited or WriteOutcome.SkippedForeign ? null : HostRedirectsFile.SitePath;
            }
            menuOutcome = SiteMenus.Apply(options.SiteRoot, menus, writer, notes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ImportWriteFailed, SourceLocation.File(outcomes.Current ?? "content"), $"cannot write into the site: {e.Message}",
                "the files written so far are recorded; fix the problem and run the import again");
        }
        finally
        {
            SaveManifest(options.SiteRoot, manifest);
        }
        NoteStaleFiles(options.SiteRoot, previous, outcomes, notes);
        return Report(export, catalog, documents, notes, outcomes, comments, menus, menuOutcome) with
        {
            HostRedirects = hostRedirects,
            HostRedirectsFile = hostRedirectsPath,
        };
    }

    /// <summary>Every old address of each document (permalink, guid, ?p=ID), so links in other posts can find it.</summary>
    private static FrozenDictionary<string, PlannedDocument> OldAddresses(ImmutableArray<PlannedDocument> plans, OldSiteAddress oldSite)
    {
        var map = new Dictionary<string, PlannedDocument>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            foreach (var address in new[] { plan.Item.Link, plan.Item.Guid, $"{oldSite.BasePath}/?p={plan.Item.Id}", $"{oldSite.BasePath}/?page_id={plan.Item.Id}" })
            {
                if (oldSite.PageKeyOf(address) is { Length: > 1 } key)
                {
                    map.TryAdd(key, plan);
                }
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Links to other imported documents point at their Markdown files, known only now that bundles are decided.</summary>
    /// <remarks>A document not written because an existing file has its address is left out, and links to it go to that file.</remarks>
    private static ImmutableArray<ComposedDocument> WithLinksResolved(ComposedDocument[] composed, Dictionary<long, string?> owners)
    {
        var paths = composed.ToDictionary(c => c.Plan.Item.Id, c => owners[c.Plan.Item.Id] is { } owner ? owner["content/".Length..] : c.ContentPath);
        return [.. composed.Where(c => owners[c.Plan.Item.Id] is null).Select(c => c with
        {
            Text = Placeholder().Replace(c.Text, m => "/" + paths[long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]),
        })];
    }

    private static void SaveManifest(string root, ImportManifest manifest)
    {
        var path = Path.Combine(root, ImportManifest.SitePath);
        var json = manifest.ToJson();
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(json))
        {
            SiteFileWriter.WriteAtomically(path, json);
        }
    }

    private static void NoteStaleFiles(string root, ImmutableSortedDictionary<string, string> previous, ImportWriteLog outcomes, List<ImportNote> notes)
    {
        foreach (var path in previous.Keys.Where(p => !outcomes.Touched.Contains(p) && File.Exists(Path.Combine(root, p))))
        {
            notes.Add(new ImportNote(ImportNoteKind.Stale, path, "was written by an earlier import but not by this one (a page that moved into a bundle, or left the export); delete it if it is no longer wanted"));
        }
    }

    private static void WarnAboutUndatedItems(ImmutableArray<PlannedDocument> plans, string exportPath, DiagnosticBag diagnostics)
    {
        foreach (var plan in plans.Where(p => WordPressDate.ToFrontMatter(p.Item.Date, p.Item.DateGmt) is null))
        {
            diagnostics.Warning(DiagnosticCodes.ImportInvalidItem, new SourceLocation(exportPath, plan.Item.Line, 1),
                $"{DocumentPlanner.Describe(plan.Item)} has no valid date (\"{plan.Item.Date}\"); it is imported without one",
                "add a 'date:' to its front matter, or the site lists it as undated");
        }
    }

    [GeneratedRegex(@"trustsite-import:item/(\d+)")]
    private static partial Regex Placeholder();
}
