namespace TrustSite.Configuration;

/// <summary>The newsletter signup: where the form posts, and the sentence that invites visitors to subscribe.</summary>
public sealed record NewsletterConfig(FormEndpoint? Form, string? Pitch)
{
    /// <summary>The sender's postal address, which US email law (CAN-SPAM) requires in every newsletter sent.</summary>
    public string? PostalAddress { get; init; }
}
