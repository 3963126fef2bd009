namespace TrustSite.Templating.Views;

/// <summary>One crisis line, ready to print: its name, numbers as written with their tel: and sms: links, website and note.</summary>
public sealed record CrisisResourceView(string Name, string? Phone, string? PhoneHref, string? Sms, string? SmsHref, string? Url, string? Note);
