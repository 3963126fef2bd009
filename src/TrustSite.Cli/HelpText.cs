namespace TrustSite.Cli;

/// <summary>The text of --help, for the tool and for each command.</summary>
public static class HelpText
{
    public const string Main = """
        TrustSite: a calm, private static site generator for counseling ministries.

        Usage: trustsite <command> [options]

        Commands:
          build     Build the site into public/ (or --output DIR)

        Options:
          -h, --help    Show help (also: trustsite <command> --help)
          --version     Show the version

        Run 'trustsite build --help' for the build's options.
        """;

    public const string Build = """
        Usage: trustsite build [options]

        Builds the site in the current folder (site.yml, content/, themes/) into public/.
        The new site replaces the old one only when the whole build succeeds.

        Options:
          --source DIR     The site's folder (default: the current folder)
          --output DIR     Where to publish, relative to the site's folder (default: public)
          --base-url URL   The address the site is published at, overriding baseUrl in site.yml
          --drafts         Include articles marked draft: true
          --future         Include articles dated in the future
          --quiet          Print only errors and warnings

        Exit codes: 0 built, 1 the site has errors, 2 bad command line.
        """;
}
