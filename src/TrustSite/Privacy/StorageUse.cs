using TrustSite.Configuration;
using TrustSite.Diagnostics;

namespace TrustSite.Privacy;

/// <summary>A shipped script that keeps data in the visitor's browser, such as a call to localStorage.</summary>
/// <param name="Api">The code found, such as "document.cookie" or "localStorage".</param>
/// <param name="IsAllowed">Whether site.yml's privacy.storage accepts this kind of storage.</param>
public sealed record StorageUse(BrowserStorage Storage, string Api, SourceLocation Location, bool IsAllowed);
