namespace TrustSite.Configuration;

/// <summary>The newsletter signup: where the form posts, and the sentence that invites visitors to subscribe.</summary>
public sealed record NewsletterConfig(FormEndpoint? Form, string? Pitch);
