using TrustSite.Diagnostics;
using TrustSite.Scaffolding;

namespace TrustSite.Cli;

/// <summary>`trustsite new article|page "Title"` and `trustsite new site DIR`: checks the command line, creates, prints what it wrote.</summary>
public static class NewCommand
{
    private static readonly string[] Kinds = ["article", "page", "site"];

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment, TimeProvider time)
    {
        if (line.Has("help"))
        {
            stdout.WriteLine(HelpText.New);
            return ExitCodes.Success;
        }
        if (line.Positional.Count == 0)
        {
            return CliApp.Usage(stderr, "new needs what to create: trustsite new article \"Title\", new page \"Title\" or new site DIR");
        }
        return line.Positional[0] switch
        {
            "article" => Document(ArchetypeKind.Article, line, stdout, stderr, workingDirectory, environment, time),
            "page" => Document(ArchetypeKind.Page, line, stdout, stderr, workingDirectory, environment, time),
            "site" => Site(line, stdout, stderr, workingDirectory, environment, time),
            var other => CliApp.Usage(stderr, $"cannot create '{other}'; trustsite new creates an article, a page or a site"
                + (DidYouMean.Suggest(other, Kinds) is { } best ? $"; did you mean '{best}'?" : "")),
        };
    }

    private static int Document(ArchetypeKind kind, CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment, TimeProvider time)
    {
        var name = kind == ArchetypeKind.Article ? "article" : "page";
        // Words given without quotes are one title: trustsite new article Hope after grief.
        var title = string.Join(' ', line.Positional.Skip(1)).Trim();
        var source = line.Value("source");
        var language = line.Value("lang");
        var section = kind == ArchetypeKind.Article ? line.Value("section") : null;
        string[] options = kind == ArchetypeKind.Article ? ["lang", "section", "source", "help"] : ["lang", "source", "help"];
        if (kind == ArchetypeKind.Page && line.Has("section"))
        {
            return CliApp.Usage(stderr, "a page has no section: it is written in content/; --section is for articles");
        }
        if (Unknown(line, options) is { } unknown)
        {
            return CliApp.Usage(stderr, unknown);
        }
        if (title.Length == 0)
        {
            return CliApp.Usage(stderr, $"new {name} needs a title: trustsite new {name} \"{(kind == ArchetypeKind.Article ? "Forgiveness after betrayal" : "Our approach")}\"");
        }
        if (line.Has("source") && source is null || line.Has("lang") && language is null || line.Has("section") && section is null)
        {
            return CliApp.Usage(stderr, "--source needs a folder, --lang a language code such as es, --section a section such as articles");
        }
        var siteRoot = Path.GetFullPath(Path.Combine(workingDirectory, source ?? "."));
        if (!Directory.Exists(siteRoot))
        {
            return CliApp.Usage(stderr, $"the source folder '{siteRoot}' does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var written = new DocumentScaffolder(time).Create(siteRoot, new NewDocumentRequest(kind, title, language, section), diagnostics);
        Report(diagnostics, stderr, siteRoot, environment);
        if (written is null)
        {
            return ExitCodes.SiteErrors;
        }
        stdout.WriteLine(written);
        return ExitCodes.Success;
    }

    private static int Site(CommandLine line, TextWriter stdout, TextWriter stderr, string workingDirectory, Func<string, string?> environment, TimeProvider time)
    {
        if (Unknown(line, ["help"]) is { } unknown)
        {
            return CliApp.Usage(stderr, unknown);
        }
        if (line.Positional is not [_, var folder])
        {
            return CliApp.Usage(stderr, line.Positional.Count < 2 ? "new site needs a folder: trustsite new site my-site" : $"new site takes one folder, got '{string.Join(' ', line.Positional.Skip(1))}'");
        }
        var root = Path.GetFullPath(Path.Combine(workingDirectory, folder));
        var diagnostics = new DiagnosticBag();
        var created = new SiteScaffolder(time).Create(root, diagnostics);
        Report(diagnostics, stderr, workingDirectory, environment);
        if (!created)
        {
            return ExitCodes.SiteErrors;
        }
        stdout.WriteLine($"Created a new site in {folder}");
        stdout.WriteLine($"Next: cd {folder}, fill in the lines marked PLACEHOLDER in site.yml, then run 'trustsite serve' to watch the site as you write,");
        stdout.WriteLine("or 'trustsite build' to make the folder public/ that a web host publishes.");
        return ExitCodes.Success;
    }

    private static string? Unknown(CommandLine line, string[] options)
    {
        foreach (var option in options)
        {
            line.Has(option);
        }
        return line.Unread.FirstOrDefault() is { } unknown
            ? $"unknown option --{unknown}" + (DidYouMean.Suggest(unknown, options) is { } best ? $"; did you mean --{best}?" : "")
            : null;
    }

    private static void Report(DiagnosticBag diagnostics, TextWriter stderr, string root, Func<string, string?> environment)
    {
        var useColor = environment("NO_COLOR") is null && !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var formatter = new DiagnosticFormatter(new SourceTextCache(root), useColor);
        foreach (var diagnostic in diagnostics.ToSortedArray())
        {
            stderr.Write(formatter.Format(diagnostic));
        }
    }
}
