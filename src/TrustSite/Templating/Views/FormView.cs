using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>A form's endpoint as templates write it: action, method, the service's field names and hidden fields.</summary>
public sealed record FormView(
    string Provider,
    string Action,
    string Method,
    ImmutableDictionary<string, string> Fields,
    ImmutableArray<HiddenFieldView> Hidden,
    string? ThankYou);

public sealed record HiddenFieldView(string Name, string Value);
