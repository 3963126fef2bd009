namespace TrustSite.Privacy;

/// <summary>What a known third party does with the visitors it sees, as trackers.txt names it.</summary>
public enum TrackerCategory
{
    Advertising,
    Analytics,
    CookielessAnalytics,
    SessionReplay,
    TagManager,
    CustomerData,
    Marketing,
    Social,
    Fonts,
    Video,
    Comments,
    Avatars,
    Cdn,
    Maps,
    Captcha,
    Scheduling,
}
