namespace TrustSite.Templating.Views;

/// <summary>`site.newsletter`: the signup form, or null form when no provider is configured.</summary>
public sealed record NewsletterView(FormView? Form, string? Pitch)
{
    public bool IsConfigured => Form is not null;
}
