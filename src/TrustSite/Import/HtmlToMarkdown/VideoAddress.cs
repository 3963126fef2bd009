using System.Text.RegularExpressions;

namespace TrustSite.Import.HtmlToMarkdown;

/// <summary>Turns a video player's address (an iframe's src) into the page a reader can open on the video site.</summary>
public static partial class VideoAddress
{
    public static string? WatchUrl(string playerUrl)
    {
        if (YouTubePlayer().Match(playerUrl) is { Success: true } youtube)
        {
            return "https://www.youtube.com/watch?v=" + youtube.Groups[1].Value;
        }
        if (VimeoPlayer().Match(playerUrl) is { Success: true } vimeo)
        {
            return "https://vimeo.com/" + vimeo.Groups[1].Value;
        }
        return null;
    }

    [GeneratedRegex(@"^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/([A-Za-z0-9_-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex YouTubePlayer();

    [GeneratedRegex(@"^https?://player\.vimeo\.com/video/(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex VimeoPlayer();
}
