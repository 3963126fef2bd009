namespace TrustSite.Templating.Views;

/// <summary>`site.quick_exit`: the neutral site the quick-exit button leads to; null when the button is off.</summary>
public sealed record QuickExitView(string Url);
