namespace TrustSite.Templating.Views;

/// <summary>`site.contact`: the counselor's phone, email, hours, booking link and contact form, ready to print.</summary>
public sealed record ContactView(PhoneView? Phone, string? Email, string? EmailHref, string? Hours, string? Booking, FormView? Form, bool CrisisNotice);
