namespace TrustSite.Configuration;

/// <summary>The ways a page's scripts can keep data in a visitor's browser, as `privacy: {storage: [...]}` names them.</summary>
public enum BrowserStorage
{
    Cookies,
    LocalStorage,
    SessionStorage,
    IndexedDB,
    CacheStorage,
    ServiceWorker,
}
