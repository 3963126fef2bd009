namespace TrustSite.Configuration;

/// <summary>One place to turn to in a crisis: a name and at least one of a number to call, a number to text, or a website.</summary>
/// <param name="Phone">The number to call as written ("988"); <see cref="PhoneHref"/> is its tel: link.</param>
/// <param name="Sms">The number to text as written; <see cref="SmsHref"/> is its sms: link.</param>
public sealed record CrisisResource(string Name, string? Phone, string? Sms, string? Url, string? Note)
{
    public string? PhoneHref => Phone is null ? null : "tel:" + CrisisNumber.Dialable(Phone);

    public string? SmsHref => Sms is null ? null : "sms:" + CrisisNumber.Dialable(Sms);
}
