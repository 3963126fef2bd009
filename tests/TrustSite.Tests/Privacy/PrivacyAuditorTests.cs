using TrustSite.Configuration;
using TrustSite.Diagnostics;
using TrustSite.Privacy;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Privacy;

public sealed class PrivacyAuditorTests
{
    // A built site as a careless theme or a pasted widget would leave it: each problem is on a line of its own.
    private const string Planted = """
        -- public/index.html --
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Planted</title>
        <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
        new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
        j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
        'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
        })(window,document,'script','dataLayer','GTM-XXXX');</script>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter&amp;display=swap">
        <link rel="stylesheet" href="/css/site.css">
        <link rel="canonical" href="https://elsewhere.example/">
        <script type="application/ld+json">{"@context": "https://schema.org", "url": "https://elsewhere.example/"}</script>
        </head>
        <body>
        <p><a href="https://www.biblegateway.com/passage/?search=John+3">John 3</a></p>
        <iframe width="560" height="315" src="https://www.youtube.com/embed/abc123" title="A video"></iframe>
        <script src="/js/app.js"></script>
        </body>
        </html>
        -- public/css/site.css --
        /* the site's own styles, which pull in another host's */
        @import url("https://cdn.example.net/reset.css");
        body { font-family: system-ui; }
        -- public/js/app.js --
        // remembers that the visitor saw the notice (localStorage in a comment is no use)
        if (!localStorage.getItem('seen')) {
          localStorage.setItem('seen', '1');
        }
        """;

    [Fact]
    public void Fails_a_planted_site_with_exactly_one_line_per_problem_at_its_file_and_line()
    {
        using var site = new TempSite(Planted, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.False(report.Passed);
        Assert.Empty(report.Warnings);
        var formatter = new DiagnosticFormatter(new SourceTextCache(site.Root));
        Assert.Equal(
        [
            "public/css/site.css:2:14: error TS7001: the stylesheet loads a stylesheet from cdn.example.net, a host not allowed in site.yml",
            "public/index.html:9:2: error TS7001: a script in the page loads a script from www.googletagmanager.com (Google Tag Manager), a host not allowed in site.yml",
            "public/index.html:11:30: error TS7001: the page loads a stylesheet from fonts.googleapis.com (Google Fonts), a host not allowed in site.yml",
            "public/index.html:18:39: error TS7001: the page embeds a frame from www.youtube.com (YouTube), a host not allowed in site.yml",
            "public/js/app.js:2:6: error TS7003: the script uses localStorage, which keeps data in the visitor's browser, and site.yml does not allow localStorage",
        ],
            report.Failures.Select(d => formatter.Format(d).Split('\n')[0]));
    }

    [Fact]
    public void Points_the_caret_at_the_address_and_says_how_to_allow_it()
    {
        using var site = new TempSite(Planted, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        var font = report.Failures.Single(d => d.Message.Contains("fonts.googleapis.com", StringComparison.Ordinal));
        var shown = new DiagnosticFormatter(new SourceTextCache(site.Root)).Format(font).Split('\n');
        Assert.Equal(" 11 | <link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Inter&amp;display=swap\">", shown[1]);
        Assert.Equal("    |                              ^", shown[2]);
        Assert.Contains("Google Fonts is a known font service", font.Hint);
        Assert.Contains("add https://fonts.googleapis.com to privacy.allow", font.Hint);
    }

    [Fact]
    public void Lists_every_contact_with_its_kind_tracker_and_place_and_counts_a_repeated_storage_use_once()
    {
        using var site = new TempSite(Planted, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(3, report.FilesRead);
        Assert.Equal(["cdn.example.net", "fonts.googleapis.com", "www.googletagmanager.com", "www.youtube.com"], report.ThirdPartyHosts.AsEnumerable());
        var gtm = report.Findings.Single(f => f.Host == "www.googletagmanager.com");
        Assert.Equal((ResourceKind.Script, "address in a script", "Google Tag Manager", TrackerCategory.TagManager),
            (gtm.Kind, gtm.Via, gtm.Tracker!.Name, gtm.Tracker.Category));
        Assert.Equal(ResourceKind.Frame, report.Findings.Single(f => f.Host == "www.youtube.com").Kind);
        Assert.Equal(["Google Fonts", "Google Tag Manager", "YouTube"], report.Trackers.Select(t => t.Name));
        Assert.Equal([2, 3], report.StorageUses.Select(s => s.Location.Line));
        Assert.Contains("also in 1 other place", report.Failures.Single(d => d.Code == DiagnosticCodes.PrivacyStorage).Hint);
    }

    [Fact]
    public void Allows_the_hosts_site_yml_names_and_storage_it_accepts()
    {
        using var site = new TempSite(Planted, withDefaults: false);
        var config = TestConfig.Parse("""
            privacy:
              allow:
                - https://www.googletagmanager.com
                - https://fonts.googleapis.com
                - https://www.youtube.com
                - https://cdn.example.net
              storage: [localStorage]
            """);

        var report = PrivacyAuditor.Audit(site.Output, config);

        Assert.True(report.Passed, report.Failures.Describe());
        Assert.All(report.Findings, f => Assert.True(f.IsAllowed));
        Assert.All(report.StorageUses, s => Assert.True(s.IsAllowed));
        Assert.Equal(new SourceLocation("site.yml", 7, 7), report.AllowedHosts.Single(a => a.Host == "fonts.googleapis.com").Location);
        Assert.True(report.Trackers.Single(t => t.Name == "YouTube").IsAllowed);
    }

    [Fact]
    public void Allows_form_endpoints_automatically_and_shows_why()
    {
        using var site = new TempSite("""
            -- public/contact/index.html --
            <form action="https://formspree.io/f/abc" method="post"><input name="email"></form>
            <form action="https://buttondown.com/api/emails/embed-subscribe/me" method="post"><input name="email"></form>
            """, withDefaults: false);
        var config = TestConfig.Parse("contact:\n  form: {provider: formspree, id: abc}\n") with
        {
            Newsletter = Newsletter("https://buttondown.com/api/emails/embed-subscribe/me"),
        };

        var report = PrivacyAuditor.Audit(site.Output, config);

        Assert.True(report.Passed, report.Failures.Describe());
        Assert.Equal([("buttondown.com", AllowReason.NewsletterForm), ("formspree.io", AllowReason.ContactForm)],
            report.AllowedHosts.Select(a => (a.Host, a.Reason)));
        Assert.All(report.Findings, f => Assert.Equal((ResourceKind.Form, true), (f.Kind, f.IsAllowed)));
    }

    [Fact]
    public void Refuses_a_known_tracker_as_form_endpoint_until_site_yml_names_it()
    {
        using var site = new TempSite("""
            -- public/contact/index.html --
            <form action="https://forms.hubspot.com/uploads/form/v2/1/2" method="post"><input name="email"></form>
            """, withDefaults: false);
        var config = TestConfig.Parse("contact:\n  form: {action: \"https://forms.hubspot.com/uploads/form/v2/1/2\"}\n");
        var named = config with { Privacy = config.Privacy with { Allow = [new PrivacyAllowance("https://forms.hubspot.com", new SourceLocation("site.yml", 9, 5))] } };

        var refused = PrivacyAuditor.Audit(site.Output, config);
        var allowed = PrivacyAuditor.Audit(site.Output, named);

        var failure = Assert.Single(refused.Failures);
        Assert.Equal(DiagnosticCodes.PrivacyTrackerNotAllowed, failure.Code);
        Assert.Equal("the page sends a form to forms.hubspot.com (HubSpot), a known marketing tracker; a form sent there does not make it allowed", failure.Message);
        Assert.True(allowed.Passed);
    }

    [Fact]
    public void Reports_a_tracker_in_every_page_of_a_theme_once_at_its_first_page()
    {
        const string Page = "<!DOCTYPE html>\n<script src=\"https://static.hotjar.com/c/hotjar-1.js\"></script>\n";
        using var site = new TempSite($"-- public/index.html --\n{Page}-- public/about/index.html --\n{Page}-- public/es/index.html --\n{Page}", withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        var failure = Assert.Single(report.Failures);
        Assert.Equal(new SourceLocation("public/about/index.html", 2, 14), failure.Location);
        Assert.Equal("the page loads a script from static.hotjar.com (Hotjar), a host not allowed in site.yml", failure.Message);
        Assert.StartsWith("also in 2 other places; Hotjar is a known session-recording service", failure.Hint);
        Assert.Equal(3, report.Findings.Length);
    }

    [Fact]
    public void Finds_every_address_of_a_srcset_and_each_kind_of_element_that_fetches()
    {
        using var site = new TempSite("""
            -- public/index.html --
            <!DOCTYPE html>
            <img src="/a.jpg" srcset="/a.jpg 1x, https://img.example.com/a,2x.jpg 2x,
                 //cdn.example.net/a-3x.jpg 3x" alt="">
            <picture><source srcset="https://pic.example.com/a.webp" type="image/webp"><img src="/a.jpg" alt=""></picture>
            <video src="https://media.example.com/v.mp4" poster="https://poster.example.com/p.jpg"><track src="https://subs.example.com/t.vtt"></video>
            <audio><source src="https://audio.example.com/a.mp3"></audio>
            <object data="https://object.example.com/x.pdf"></object><embed src="https://embed.example.com/x">
            <form action="/thanks/"><button formaction="https://button.example.com/post">Send</button></form>
            <div style="background: url('https://bg.example.com/b.png')">x</div>
            <svg><image href="https://svg.example.com/i.png"/><use href="#local"/></svg>
            <a href="/x/" ping="https://ping.example.com/p">x</a>
            <noscript><img src="https://noscript.example.com/pixel.gif" alt=""></noscript>
            <template><img src="https://template.example.com/t.png" alt=""></template>
            <script type="text/plain">fetch("https://inert.example.com/")</script>
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(
        [
            ("img.example.com", ResourceKind.Image, "img srcset", 2),
            ("cdn.example.net", ResourceKind.Image, "img srcset", 3),
            ("pic.example.com", ResourceKind.Image, "source srcset", 4),
            ("media.example.com", ResourceKind.Media, "video src", 5),
            ("poster.example.com", ResourceKind.Image, "video poster", 5),
            ("subs.example.com", ResourceKind.Media, "track src", 5),
            ("audio.example.com", ResourceKind.Media, "source src", 6),
            ("object.example.com", ResourceKind.Frame, "object data", 7),
            ("embed.example.com", ResourceKind.Frame, "embed src", 7),
            ("button.example.com", ResourceKind.Form, "button formaction", 8),
            ("bg.example.com", ResourceKind.Image, "CSS url()", 9),
            ("svg.example.com", ResourceKind.Image, "svg image href", 10),
            ("ping.example.com", ResourceKind.Other, "a ping", 11),
            ("noscript.example.com", ResourceKind.Image, "img src", 12),
            ("template.example.com", ResourceKind.Image, "img src", 13),
        ],
            report.Findings.Select(f => (f.Host, f.Kind, f.Via, f.Location.Line)));
        Assert.Equal(new SourceLocation("public/index.html", 2, 38), report.Findings[0].Location);
    }

    [Fact]
    public void Reads_resource_hints_and_leaves_out_links_browsers_never_fetch()
    {
        using var site = new TempSite("""
            -- public/index.html --
            <!DOCTYPE html><html><head>
            <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
            <link rel="dns-prefetch" href="//analytics.example.com">
            <link rel="preload" href="https://fonts.gstatic.com/s/inter.woff2" as="font" type="font/woff2" crossorigin>
            <link rel="icon" href="https://icons.example.com/favicon.ico">
            <link rel="canonical" href="https://other.example.com/">
            <link rel="alternate" type="application/rss+xml" href="https://feeds.example.com/feed.xml">
            <link rel="alternate" hreflang="es" href="https://es.example.com/">
            </head></html>
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(
        [
            ("fonts.gstatic.com", ResourceKind.Hint, "link rel=preconnect"),
            ("analytics.example.com", ResourceKind.Hint, "link rel=dns-prefetch"),
            ("fonts.gstatic.com", ResourceKind.Font, "link rel=preload"),
            ("icons.example.com", ResourceKind.Image, "link rel=icon"),
        ],
            report.Findings.Select(f => (f.Host, f.Kind, f.Via)));
        Assert.Contains(report.Failures, d => d.Message == "the page asks the browser to connect in advance to fonts.gstatic.com (Google Fonts), a host not allowed in site.yml");
    }

    [Fact]
    public void Follows_a_meta_refresh_to_another_host_but_not_one_within_the_site()
    {
        using var site = new TempSite("""
            -- public/old/index.html --
            <!DOCTYPE html><meta http-equiv="refresh" content="0; url=/articles/new/">
            -- public/gone/index.html --
            <!DOCTYPE html>
            <meta http-equiv="Refresh" content="5;URL='https://elsewhere.example/page'">
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("elsewhere.example", ResourceKind.Other, new SourceLocation("public/gone/index.html", 2, 44)), (finding.Host, finding.Kind, finding.Location));
        Assert.Equal("the page sends the visitor on to elsewhere.example, a host not allowed in site.yml", Assert.Single(report.Failures).Message);
    }

    [Fact]
    public void Resolves_relative_addresses_against_a_base_element_on_another_host()
    {
        using var site = new TempSite("""
            -- public/index.html --
            <!DOCTYPE html><head><base href="https://cdn.example.net/site/"></head>
            <img src="photo.jpg" alt="">
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal("https://cdn.example.net/site/photo.jpg", Assert.Single(report.Findings).Url);
    }

    [Fact]
    public void Counts_lines_of_files_with_windows_line_endings_like_the_diagnostics_do()
    {
        using var site = new TempSite("", withDefaults: false);
        site.Write("public/index.html", "<!DOCTYPE html>\r\n<p>\r\n<img src=\"https://img.example.com/a.png\" alt=\"\">\r\n");

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(new SourceLocation("public/index.html", 3, 11), Assert.Single(report.Findings).Location);
    }

    [Fact]
    public void Warns_on_fingerprinting_interfaces_and_beacons_in_inline_scripts_and_handlers()
    {
        using var site = new TempSite("""
            -- public/index.html --
            <!DOCTYPE html>
            <script>
            var gl = document.createElement('canvas').getContext('webgl');
            var gpu = gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info').UNMASKED_RENDERER_WEBGL);
            </script>
            <button onclick="navigator.sendBeacon('/count', document.cookie)">x</button>
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(
            [("WEBGL_debug_renderer_info", 4), ("navigator.sendBeacon", 6)],
            report.TrackingApiUses.Select(u => (u.Api, u.Location.Line)));
        Assert.All(report.Warnings, w => Assert.Equal((Severity.Warning, DiagnosticCodes.PrivacyTrackingApi), (w.Severity, w.Code)));
        var cookie = Assert.Single(report.StorageUses);
        Assert.Equal((BrowserStorage.Cookies, new SourceLocation("public/index.html", 6, 49)), (cookie.Storage, cookie.Location));
        Assert.Equal("a script in the page uses document.cookie, which keeps data in the visitor's browser, and site.yml does not allow cookies",
            Assert.Single(report.Failures).Message);
    }

    [Fact]
    public void Reads_svg_files_style_elements_and_scripts_at_their_own_lines()
    {
        using var site = new TempSite("""
            -- public/images/logo.svg --
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <image xlink:href="https://img.example.com/photo.png" width="10" height="10"/>
              <script><![CDATA[
                sessionStorage.setItem("x", "1");
              ]]></script>
            </svg>
            -- public/index.html --
            <!DOCTYPE html>
            <style>
              body { color: black; }
              @import url(https://css.example.com/a.css);
            </style>
            -- public/js/pixel.js --
            !function(f,b,e,v){f.fbq||(n=f.fbq=function(){});t=b.createElement(e);t.async=!0;
            t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
            'https://connect.facebook.net/en_US/fbevents.js');
            """, withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        Assert.Equal(
        [
            "public/images/logo.svg:3:22: error TS7001: the image loads an image from img.example.com, a host not allowed in site.yml",
            "public/images/logo.svg:5:5: error TS7003: a script in the image uses sessionStorage, which keeps data in the visitor's browser, and site.yml does not allow sessionStorage",
            "public/index.html:4:15: error TS7001: the page loads a stylesheet from css.example.com, a host not allowed in site.yml",
            "public/js/pixel.js:3:2: error TS7001: the script loads a script from connect.facebook.net (Meta Pixel), a host not allowed in site.yml",
        ],
            report.Failures.Select(d => $"{d.Location}: error {d.Code}: {d.Message}"));
    }

    [Fact]
    public void Names_the_audited_folder_as_asked_for_a_staging_copy_and_keeps_its_lines_for_quoting()
    {
        using var site = new TempSite("-- .staging/index.html --\n<img src=\"https://img.example.com/a.png\" alt=\"\">\n", withDefaults: false);

        var report = PrivacyAuditor.Audit(Path.Combine(site.Root, ".staging"), TestConfig.Default, shownAs: "public");

        Assert.Equal("public/index.html", Assert.Single(report.Findings).Location.Path);
        var sources = new SourceTextCache(site.Root);
        report.RememberSources(sources);
        Assert.Equal("<img src=\"https://img.example.com/a.png\" alt=\"\">", sources.GetLine("public/index.html", 1));
    }

    [Fact]
    public void Fails_with_a_hint_when_there_is_no_built_site()
    {
        using var site = new TempSite("", withDefaults: false);

        var report = PrivacyAuditor.Audit(site.Output, TestConfig.Default);

        var failure = Assert.Single(report.Failures);
        Assert.Equal((DiagnosticCodes.PrivacyOutputMissing, SourceLocation.File("public")), (failure.Code, failure.Location));
    }

    private static NewsletterConfig Newsletter(string action)
    {
        var config = TestConfig.Parse("");
        return config.Newsletter with { Form = config.Newsletter.Form! with { Action = action } };
    }
}
