using TrustSite.Diagnostics;
using TrustSite.Output;
using TrustSite.Tests.TestSupport;

namespace TrustSite.Tests.Output;

public sealed class HostRedirectRulesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trustsite-redirects-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_rules_with_queries_and_puts_the_base_path_in_front_of_site_paths()
    {
        File.WriteAllText(Path.Combine(_root, "redirects.txt"), "# comment\n\n/ p=12 /articles/hope/ 301!\r\n/old  /new/\n/feed https://feeds.example.org/x 302\n");
        var diagnostics = new DiagnosticBag();

        var rules = HostRedirectRules.Read(_root, "/blog/", diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal(["/blog/ p=12 /blog/articles/hope/ 301!", "/blog/old /blog/new/ 301", "/blog/feed https://feeds.example.org/x 302"], rules.ToArray());
    }

    [Fact]
    public void Reports_a_line_that_is_not_a_rule_at_its_line()
    {
        File.WriteAllText(Path.Combine(_root, "redirects.txt"), "/ p=12 /a/ 301\nnot a rule\n/x 12 /y/\n");
        var diagnostics = new DiagnosticBag();

        var rules = HostRedirectRules.Read(_root, "/", diagnostics);

        Assert.Equal(["/ p=12 /a/ 301"], rules.ToArray());
        Assert.Equal([2, 3], diagnostics.ToSortedArray().Select(d => d.Location.Line));
        Assert.All(diagnostics.ToSortedArray(), d => Assert.Equal(DiagnosticCodes.ConfigInvalidValue, d.Code));
    }

    [Fact]
    public void No_file_means_no_rules()
    {
        Assert.Empty(HostRedirectRules.Read(_root, "/", new DiagnosticBag()));
    }
}
