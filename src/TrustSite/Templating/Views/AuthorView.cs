namespace TrustSite.Templating.Views;

public sealed record AuthorView(string? Name, string? Bio, string? Image);
