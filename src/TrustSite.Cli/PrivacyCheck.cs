using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Privacy;

namespace TrustSite.Cli;

/// <summary>`trustsite check --privacy`: audits the built site for every other host a visitor's browser would contact,
/// prints one diagnostic per problem, the hosts contacted and a verdict.</summary>
internal static class PrivacyCheck
{
    public static int Run(string source, string output, string environmentName, bool strict, TextWriter stdout, TextWriter stderr,
        Func<string, string?> environment)
    {
        var bag = new DiagnosticBag();
        var sources = new SourceTextCache(source);
        var formatter = new DiagnosticFormatter(sources, ConsoleStyle.For(stderr, environment).UseColor);
        var config = new SiteConfigLoader().Load(source, bag, environment: environmentName);
        if (config is null || bag.HasErrors)
        {
            var problems = bag.ToSortedArray();
            foreach (var diagnostic in problems)
            {
                stderr.Write(formatter.Format(diagnostic));
            }
            stderr.WriteLine(DiagnosticFormatter.Summary(problems));
            stderr.WriteLine("Privacy check failed: site.yml must be right before the built site can be audited.");
            return ExitCodes.SiteErrors;
        }
        var folder = Path.GetFullPath(Path.Combine(source, output));
        var shown = Path.GetRelativePath(source, folder).Replace('\\', '/');
        var report = PrivacyAuditor.Audit(folder, config, shown);
        report.RememberSources(sources);
        // The audit is about what the built site makes browsers do; a placeholder left in site.yml is the build's to report.
        var diagnostics = bag.ToSortedArray().Where(d => d.Code != DiagnosticCodes.ConfigPlaceholder).Concat(report.Failures).Concat(report.Warnings)
            .Select(d => strict ? d with { Severity = Severity.Error } : d).ToArray();
        foreach (var diagnostic in diagnostics)
        {
            stderr.Write(formatter.Format(diagnostic));
        }
        stderr.WriteLine(DiagnosticFormatter.Summary(diagnostics));
        var failed = diagnostics.Any(d => d.IsError);
        if (!report.Failures.Any(d => d.Code == DiagnosticCodes.PrivacyOutputMissing))
        {
            WriteHosts(stdout, report);
        }
        (failed ? stderr : stdout).WriteLine(Verdict(report, failed, strict));
        return failed ? ExitCodes.SiteErrors : ExitCodes.Success;
    }

    /// <summary>Every other host contacted, each with why it is allowed or that it is not.</summary>
    private static void WriteHosts(TextWriter stdout, PrivacyReport report)
    {
        var hosts = report.ThirdPartyHosts;
        if (hosts.IsEmpty)
        {
            stdout.WriteLine($"Hosts contacted besides {report.SiteHost}: none.");
            return;
        }
        stdout.WriteLine($"Hosts contacted besides {report.SiteHost}:");
        var width = hosts.Max(h => h.Length);
        foreach (var host in hosts)
        {
            var places = report.Findings.Count(f => f.Host == host);
            var reasons = report.AllowedHosts.Where(a => a.Host == host).Select(a => Reason(a.Reason)).Distinct().ToArray();
            var allowed = report.Findings.Where(f => f.Host == host).All(f => f.IsAllowed);
            var why = allowed && reasons.Length > 0 ? "allowed: " + string.Join(", ", reasons) : "NOT ALLOWED";
            stdout.WriteLine($"  {host.PadRight(width)}  {why} ({(places == 1 ? "1 place" : $"{places} places")})");
        }
    }

    private static string Reason(AllowReason reason) => reason switch
    {
        AllowReason.ContactForm => "the contact form is sent there (contact.form)",
        AllowReason.NewsletterForm => "the newsletter signup is sent there (newsletter)",
        AllowReason.Analytics => "the analytics service chosen in site.yml (analytics)",
        _ => "named in privacy.allow",
    };

    private static string Verdict(PrivacyReport report, bool failed, bool strict)
    {
        var files = report.FilesRead == 1 ? "1 file" : $"{report.FilesRead} files";
        return (failed, report.Warnings.Length) switch
        {
            (true, _) when strict && report.Failures.IsEmpty => "Privacy audit failed: with --strict, warnings count as errors.",
            (true, _) => "Privacy audit failed: visitors' browsers would contact hosts or keep data that site.yml does not allow.",
            (false, 0) => $"Privacy audit passed: {files} read.",
            _ => $"Privacy audit passed: {files} read; {(report.Warnings.Length == 1 ? "1 warning" : $"{report.Warnings.Length} warnings")} worth a look.",
        };
    }
}
