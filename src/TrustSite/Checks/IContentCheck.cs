using TrustSite.Diagnostics;

namespace TrustSite.Checks;

/// <summary>One rule of `trustsite check`, run by every build too: it reports what an author should look at and changes nothing.</summary>
public interface IContentCheck
{
    void Check(CheckInput input, DiagnosticBag diagnostics);
}
