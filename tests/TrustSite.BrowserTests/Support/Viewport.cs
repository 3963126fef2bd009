using Microsoft.Playwright;

namespace TrustSite.BrowserTests.Support;

/// <summary>A window size and colour scheme a page is looked at in.</summary>
public sealed record Viewport(int Width, ColorScheme Scheme)
{
    /// <summary>A phone is tall, a desktop window wide; only the width matters to the layout under test.</summary>
    public int Height => Width < 600 ? 800 : 900;

    public string Name => $"{Width}px {(Scheme == ColorScheme.Dark ? "dark" : "light")}";

    public static Viewport Parse(int width, string scheme) =>
        new(width, scheme switch
        {
            "light" => ColorScheme.Light,
            "dark" => ColorScheme.Dark,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "expected light or dark"),
        });
}
