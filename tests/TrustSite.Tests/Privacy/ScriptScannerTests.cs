using TrustSite.Configuration;
using TrustSite.Privacy;

namespace TrustSite.Tests.Privacy;

public sealed class ScriptScannerTests
{
    [Fact]
    public void Finds_each_kind_of_browser_storage()
    {
        const string Script = """
            document.cookie = "a=1";
            localStorage.setItem("k", 1); sessionStorage.clear();
            indexedDB.open("db"); caches.open("v1"); navigator.serviceWorker.register("/sw.js");
            window["localStorage"].getItem("x");
            """;

        var (storage, _, _) = ScriptScanner.Scan(Script);

        Assert.Equal(
        [
            BrowserStorage.Cookies, BrowserStorage.LocalStorage, BrowserStorage.LocalStorage, BrowserStorage.SessionStorage,
            BrowserStorage.IndexedDB, BrowserStorage.CacheStorage, BrowserStorage.ServiceWorker,
        ],
            storage.OrderBy(s => s.Storage).ThenBy(s => s.Offset).Select(s => s.Storage));
    }

    [Fact]
    public void Does_not_count_words_in_comments_or_ordinary_strings()
    {
        const string Script = """
            // localStorage would remember the choice
            /* document.cookie */ var message = "we never use localStorage or document.cookie";
            var re = /localStorage/g;
            """;

        var (storage, apis, addresses) = ScriptScanner.Scan(Script);

        Assert.Empty(storage);
        Assert.Empty(apis);
        Assert.Empty(addresses);
    }

    [Fact]
    public void Finds_addresses_in_strings_including_escaped_and_protocol_relative_ones()
    {
        const string Script = """
            var a = 'https://www.googletagmanager.com/gtm.js?id=' + id;
            var b = "https:\/\/connect.facebook.net\/en_US\/fbevents.js";
            var c = `//cdn.example.net/x.js`;
            var d = "a // b";
            """;

        var (_, _, addresses) = ScriptScanner.Scan(Script);

        Assert.Equal(
            ["https://www.googletagmanager.com/gtm.js?id=", "https://connect.facebook.net/en_US/fbevents.js", "//cdn.example.net/x.js"],
            addresses.Select(a => a.Url));
        Assert.Equal(Script.IndexOf("https://www", StringComparison.Ordinal), addresses[0].Offset);
    }

    [Fact]
    public void Names_fingerprinting_interfaces_with_what_they_reveal()
    {
        const string Script = "new OfflineAudioContext(1, 44100, 44100); canvas.toDataURL(); navigator.plugins.length; navigator.sendBeacon('/b', x);";

        var (_, apis, _) = ScriptScanner.Scan(Script);

        Assert.Equal(["OfflineAudioContext", "canvas toDataURL", "navigator.plugins", "navigator.sendBeacon"], apis.OrderBy(a => a.Offset).Select(a => a.Api));
        Assert.All(apis, a => Assert.False(string.IsNullOrWhiteSpace(a.Purpose)));
    }
}
