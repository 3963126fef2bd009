namespace TrustSite.Cli;

/// <summary>The text of --help, for the tool and for each command.</summary>
public static class HelpText
{
    public const string Main = """
        TrustSite: a calm, private static site generator for counseling ministries.

        Usage: trustsite <command> [options]

        Commands:
          build     Build the site into public/ (or --output DIR)
          serve     Preview the site at http://127.0.0.1:1313/, rebuilt and reloaded after each save
          check     Look for mistakes without writing anything: the build's errors and warnings, nothing published
          import    Bring content over from WordPress: trustsite import wordpress EXPORT.xml
          new       Start an article, a page or a whole site: trustsite new article "Title"

        Options:
          -h, --help    Show help (also: trustsite <command> --help)
          --version     Show the version

        Run 'trustsite <command> --help' for each command's options.
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
          --environment E  production (default) or development: picks site.yml's environments: overrides;
                           outside production, search engines are asked to stay away
          --strict         Treat warnings as errors: publish nothing while one remains; the staged site is also
                           audited for privacy (as check --privacy) before it replaces the published one
          --report FILE    Write a machine-readable report (JSON): pages, diagnostics, what was left out, time by stage,
                           and the privacy audit of the new site
          --quiet          Print only errors and warnings

        Exit codes: 0 built, 1 the site has errors, 2 bad command line.
        """;

    public const string Serve = """
        Usage: trustsite serve [options]

        Builds the site into a temporary folder and serves it at http://127.0.0.1:1313/, drafts and
        scheduled articles included (with a badge). Each save in content/, themes/ or site.yml rebuilds
        what it changed and reloads the open tabs. A build error shows in the browser and here, with the
        file, line and column; the last good site stays until the next good save. public/ is not touched.

        Options:
          --source DIR       The site's folder (default: the current folder)
          --port N           The port (default: 1313, or the next free one up to 1322)
          --host ADDRESS     The address to listen on (default: 127.0.0.1, this computer only);
                             0.0.0.0 shows the preview, drafts included, to the whole network
          --published-only   Leave out drafts and scheduled articles, as the published site does
          --environment E    development (default) or another name from site.yml's environments:
          --timings          After each rebuild, print the time each stage of the build took

        Press Ctrl+C to stop.
        """;

    public const string Check = """
        Usage: trustsite check [options]

        Checks the site in the current folder as a build would, and writes nothing: no public/, no files.
        Reports the build's errors and warnings, with the content checks: front matter keys that look
        misspelt, images without alt text or missing, duplicate titles and slugs, titles and descriptions
        too long for search results, heading levels that skip; and the forms of the rendered pages: a honeypot,
        a consent sentence linking to the privacy page, labels, a thank-you page, what the contact form asks,
        free text sent to a service without a health-data agreement, the newsletter's postal address.

        With --privacy, audits the built site instead (public/, or --output DIR): every other host a visitor's
        browser would contact, storage in the browser, known trackers. The form and newsletter services and the
        analytics service chosen in site.yml are allowed; privacy.allow in site.yml allows others.

        Options:
          --source DIR     The site's folder (default: the current folder)
          --drafts         Check articles marked draft: true too
          --future         Check articles dated in the future too
          --environment E  production (default) or development: picks site.yml's environments: overrides
          --strict         Count warnings as errors (exit 1 while one remains)
          --privacy        Audit the built site for privacy instead of checking the sources
          --output DIR     With --privacy: the built site's folder, relative to the site's (default: public)

        Exit codes: 0 no errors (warnings are listed), 1 the site has errors, 2 bad command line.
        """;

    public const string Import = """
        Usage: trustsite import wordpress EXPORT.xml [options]

        Reads a WordPress export (Tools → Export → All content) and writes its posts into
        content/articles/, its pages into content/, and prints a report of what needs a look.
        Running it again changes nothing; a file edited since the last import is kept.

        Options:
          --source DIR     The site's folder (default: the current folder)
          --uploads DIR    A copy of wp-content/uploads: images are copied beside their articles
          --force          Replace files that were edited since the import, or not written by it

        Exit codes: 0 imported, 1 the export cannot be read or the site cannot be written, 2 bad command line.
        """;

    public const string New = """
        Usage: trustsite new article "Title" [--lang CODE] [--section NAME] [--source DIR]
               trustsite new page "Title" [--lang CODE] [--source DIR]
               trustsite new site DIR

        article   Writes content/articles/SLUG.md (content/es/articles/SLUG.md for --lang es) from the
                  theme's archetypes/article.md: the title, today's date, draft: true, empty tags and summary.
        page      Writes content/SLUG.md from the theme's archetypes/page.md.
        site      Creates a starter site in DIR (a new or empty folder): site.yml, a sample article,
                  about, contact, newsletter and privacy pages, and the trust theme.

        The address (SLUG) is made from the title: "Perdón y confianza" becomes perdon-y-confianza.
        An existing file is never overwritten. Prints the path of the file it wrote.

        Options:
          --lang CODE      One of the site's languages (default: the site's own language)
          --section NAME   The section of an article, a folder of content/ (default: articles)
          --source DIR     The site's folder (default: the current folder)

        Exit codes: 0 created, 1 nothing was written (the message says why), 2 bad command line.
        """;
}
