namespace TrustSite.Templating.Views;

/// <summary>`site.newsletter`: the signup form, or null form when no provider is configured.</summary>
public sealed record NewsletterView(FormView? Form, string? Pitch)
{
    public bool IsConfigured => Form is not null;

    /// <summary>The sender's postal address, which every commercial email must carry (CAN-SPAM), shown beside the signup.</summary>
    public string? PostalAddress { get; init; }
}
