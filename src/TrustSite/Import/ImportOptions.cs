namespace TrustSite.Import;

/// <summary>What the user asked of one import, from the command line.</summary>
/// <param name="SiteRoot">The site's folder: files are written under its content/ and site.yml.</param>
/// <param name="ExportDisplayPath">The export's path as the user wrote it, for diagnostics.</param>
/// <param name="UploadsPath">A copy of wp-content/uploads, or null to keep media links pointing at the old site.</param>
/// <param name="Force">Overwrite files that were edited since the last import, or that the importer did not write.</param>
public sealed record ImportOptions(string SiteRoot, string ExportPath, string ExportDisplayPath, string? UploadsPath = null, bool Force = false);
