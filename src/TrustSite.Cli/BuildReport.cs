using System.Globalization;
using TrustSite.Build;
using TrustSite.Diagnostics;
using TrustSite.Pages;

namespace TrustSite.Cli;

/// <summary>Prints a build's diagnostics (to stderr) and its summary: pages by kind, what was left out, time by stage.</summary>
public static class BuildReport
{
    public static void Write(BuildResult result, BuildOptions options, TextWriter stdout, TextWriter stderr, DiagnosticFormatter formatter, bool quiet)
    {
        // Thousands of warnings on a big site each read their source line: formatted on every core, printed in order.
        var formatted = new string[result.Diagnostics.Length];
        Parallel.For(0, formatted.Length, i => formatted[i] = formatter.Format(result.Diagnostics[i]));
        foreach (var text in formatted)
        {
            stderr.Write(text);
        }
        var output = Path.GetRelativePath(options.SourceRoot, options.FullOutputPath).Replace('\\', '/');
        if (!result.Succeeded)
        {
            stderr.WriteLine(DiagnosticFormatter.Summary(result.Diagnostics));
            stderr.WriteLine(options.Strict
                ? $"Build failed (with --strict, warnings count as errors); {output}/ was left as it was."
                : $"Build failed; {output}/ was left as it was.");
            return;
        }
        if (result.Diagnostics.Length > 0)
        {
            stderr.WriteLine(DiagnosticFormatter.Summary(result.Diagnostics));
        }
        if (quiet)
        {
            return;
        }
        var total = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {Count(result.PageCount, "page")} ({Kinds(result)}) and copied {Count(result.FilesCopied, "file")} into {output}/ in {total.TotalSeconds:0.00} s."));
        var leftOut = new[] { (result.Drafts, "draft"), (result.Future, "scheduled for later"), (result.Expired, "expired") }
            .Where(p => p.Item1 > 0).Select(p => p.Item2 == "draft" ? Count(p.Item1, "draft") : string.Create(CultureInfo.InvariantCulture, $"{p.Item1:N0} {p.Item2}")).ToArray();
        if (leftOut.Length > 0)
        {
            stdout.WriteLine($"Left out: {string.Join(", ", leftOut)} (use --drafts or --future to include them).");
        }
        stdout.WriteLine("Time by stage: " + string.Join(", ", result.Timings.Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"))));
    }

    private static string Kinds(BuildResult result) =>
        string.Join(", ", result.PagesByKind.OrderBy(k => k.Key).Select(k => Count(k.Value, Noun(k.Key))));

    // Lists count each of their pages ("3 home pages" when the home is paginated), so the nouns name pages, not lists.
    private static string Noun(PageKind kind) => kind switch
    {
        PageKind.Home => "home page",
        PageKind.Section => "list page",
        PageKind.Archive => "archive page",
        PageKind.Taxonomy => "taxonomy index",
        PageKind.Term => "term page",
        PageKind.NotFound => "404 page",
        PageKind.Alias => "redirect",
        PageKind.GoodFaithEstimate => "good faith estimate page",
        _ => kind.LayoutName(),
    };

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : Plural(noun))}");

    private static string Plural(string noun) => noun.EndsWith('x') || noun.EndsWith('s') ? noun + "es" : noun + "s";
}
