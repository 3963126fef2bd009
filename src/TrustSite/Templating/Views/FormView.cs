using System.Collections.Immutable;

namespace TrustSite.Templating.Views;

/// <summary>A form's endpoint as templates write it: action, method, the service's field names and hidden fields.</summary>
public sealed record FormView(
    string Provider,
    string Action,
    string Method,
    ImmutableDictionary<string, string> Fields,
    ImmutableArray<NameValueView> Hidden,
    ImmutableArray<NameValueView> Attributes,
    string? ThankYou);

/// <summary>A name and a value: a hidden field, or an attribute of the form element.</summary>
public sealed record NameValueView(string Name, string Value);
