namespace TrustSite.Privacy;

/// <summary>Why the audit accepts a host other than the site's own.</summary>
public enum AllowReason
{
    /// <summary>The contact form is sent there (contact.form in site.yml).</summary>
    ContactForm,
    /// <summary>The newsletter signup is sent there (newsletter in site.yml).</summary>
    NewsletterForm,
    /// <summary>site.yml's privacy.allow names it.</summary>
    AllowList,
    /// <summary>The cookieless analytics service chosen in site.yml's analytics block loads its script or counts visits there.</summary>
    Analytics,
}
