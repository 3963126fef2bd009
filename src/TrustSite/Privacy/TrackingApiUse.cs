using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>A shipped script that uses an interface trackers rely on to recognise a browser or to report on it, such as navigator.sendBeacon.</summary>
/// <param name="Api">The interface, such as "OfflineAudioContext".</param>
/// <param name="Purpose">What it reveals, in plain words, for the message: "reads the graphics card's name".</param>
public sealed record TrackingApiUse(string Api, string Purpose, SourceLocation Location);
