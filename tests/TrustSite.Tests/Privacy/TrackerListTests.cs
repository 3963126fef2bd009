using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class TrackerListTests
{
    [Fact]
    public void The_shipped_list_parses_and_has_no_duplicate_patterns()
    {
        var entries = TrackerList.Default.Entries;

        Assert.True(entries.Length >= 80, $"only {entries.Length} entries");
        Assert.Empty(entries.GroupBy(e => e.Pattern, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void The_shipped_list_has_no_line_the_parser_would_skip()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "src", "TrustSite", "Privacy", "trackers.txt"));

        var lines = text.Split('\n').Select(l => l.Trim()).Count(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.Equal(lines, TrackerList.Parse(text).Entries.Length);
    }

    [Theory]
    [InlineData("https://connect.facebook.net/en_US/fbevents.js", "Meta Pixel")]
    [InlineData("https://www.facebook.com/tr?id=1&ev=PageView&noscript=1", "Meta Pixel")]
    [InlineData("https://www.facebook.com/plugins/like.php", "Facebook")]
    [InlineData("https://www.google-analytics.com/analytics.js", "Google Analytics")]
    [InlineData("https://www.googletagmanager.com/gtag/js?id=G-1", "Google Analytics (gtag.js)")]
    [InlineData("https://www.googletagmanager.com/gtm.js?id=GTM-1", "Google Tag Manager")]
    [InlineData("https://fonts.googleapis.com/css2?family=Inter", "Google Fonts")]
    [InlineData("https://fonts.gstatic.com/s/inter/v1.woff2", "Google Fonts")]
    [InlineData("https://static.hotjar.com/c/hotjar-1.js", "Hotjar")]
    [InlineData("https://www.clarity.ms/tag/abc", "Microsoft Clarity")]
    [InlineData("https://analytics.tiktok.com/i18n/pixel/events.js", "TikTok Pixel")]
    [InlineData("https://snap.licdn.com/li.lms-analytics/insight.min.js", "LinkedIn Insight Tag")]
    [InlineData("https://static.ads-twitter.com/uwt.js", "X (Twitter) Pixel")]
    [InlineData("https://s.pinimg.com/ct/core.js", "Pinterest Tag")]
    [InlineData("https://cdn.segment.com/analytics.js/v1/k/analytics.min.js", "Segment")]
    [InlineData("https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js", "Mixpanel")]
    [InlineData("https://cdn.amplitude.com/libs/amplitude-8.min.js", "Amplitude")]
    [InlineData("https://cdn.heapanalytics.com/js/heap-1.js", "Heap")]
    [InlineData("https://edge.fullstory.com/s/fs.js", "FullStory")]
    [InlineData("https://script.crazyegg.com/pages/scripts/1.js", "Crazy Egg")]
    [InlineData("https://mc.yandex.ru/metrika/tag.js", "Yandex Metrica")]
    [InlineData("https://hm.baidu.com/hm.js?abc", "Baidu Tongji")]
    [InlineData("https://cdn.matomo.cloud/example.matomo.cloud/matomo.js", "Matomo Cloud")]
    [InlineData("https://secure.quantserve.com/quant.js", "Quantcast")]
    [InlineData("https://static.criteo.net/js/ld/publishertag.js", "Criteo")]
    [InlineData("https://cdn.taboola.com/libtrc/x/loader.js", "Taboola")]
    [InlineData("https://widgets.outbrain.com/outbrain.js", "Outbrain")]
    [InlineData("https://s7.addthis.com/js/300/addthis_widget.js", "AddThis")]
    [InlineData("https://platform-api.sharethis.com/js/sharethis.js", "ShareThis")]
    [InlineData("https://example.disqus.com/embed.js", "Disqus")]
    [InlineData("https://www.youtube.com/embed/abc", "YouTube")]
    [InlineData("https://www.youtube-nocookie.com/embed/abc", "YouTube (privacy-enhanced mode)")]
    [InlineData("https://player.vimeo.com/video/1", "Vimeo")]
    [InlineData("https://secure.gravatar.com/avatar/abc", "Gravatar")]
    public void Names_the_trackers_issue_10_asks_for_by_their_most_specific_entry(string address, string name)
    {
        var tracker = TrackerList.Default.Match(new Uri(address));

        Assert.Equal(name, tracker?.Name);
    }

    [Theory]
    [InlineData("https://formspree.io/f/abc")]
    [InlineData("https://notfacebook.com/tr")]
    [InlineData("https://www.facebook.com.evil.example/tr")]
    [InlineData("https://t.co/abc")]
    public void Names_no_tracker_for_hosts_that_only_look_alike(string address)
    {
        Assert.Null(TrackerList.Default.Match(new Uri(address)));
    }

    [Fact]
    public void Matches_a_path_pattern_only_on_whole_segments()
    {
        var list = TrackerList.Parse("facebook.com/tr | Meta Pixel | advertising\n");

        Assert.NotNull(list.Match(new Uri("https://www.facebook.com/tr/")));
        Assert.Null(list.Match(new Uri("https://www.facebook.com/travel")));
    }

    [Theory]
    [InlineData("example.com | Example")]
    [InlineData("example.com | Example | spying")]
    [InlineData("https://example.com | Example | analytics")]
    [InlineData("Example.com | Example | analytics")]
    [InlineData("example | Example | analytics")]
    public void Refuses_a_malformed_line_with_its_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => TrackerList.Parse("# comment\n\n" + line + "\n"));

        Assert.StartsWith("trackers.txt:3:", error.Message);
    }

    [Fact]
    public void Writes_categories_as_the_file_does()
    {
        Assert.Equal(["session-replay", "cookieless-analytics", "cdn"],
            [TrackerList.CategoryName(TrackerCategory.SessionReplay), TrackerList.CategoryName(TrackerCategory.CookielessAnalytics), TrackerList.CategoryName(TrackerCategory.Cdn)]);
    }
}
