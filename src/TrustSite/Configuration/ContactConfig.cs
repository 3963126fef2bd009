namespace TrustSite.Configuration;

/// <summary>How visitors reach the counselor: phone, email, hours, booking and the contact form.</summary>
public sealed record ContactConfig(
    PhoneNumber? Phone,
    string? Email,
    string? Hours,
    string? BookingUrl,
    FormEndpoint? Form,
    bool ShowCrisisNotice);
