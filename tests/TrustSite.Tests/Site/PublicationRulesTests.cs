using TrustSite.Content;
using TrustSite.Site;

namespace TrustSite.Tests.Site;

public class PublicationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Document Doc(FrontMatter frontMatter, DateTimeOffset? date = null) =>
        new(new SourceFile("/x", "content/x.md", "x.md"), DocumentKind.Article, "en", "x", "articles", "x", "", null, "X", date ?? frontMatter.Date, frontMatter, ReadOnlyMemory<byte>.Empty, 1);

    [Fact]
    public void Leaves_out_drafts_unless_asked()
    {
        var draft = Doc(new FrontMatter { Draft = true });

        Assert.Equal(ExclusionReason.Draft, new PublicationRules(Now, false, false).WhyExcluded(draft));
        Assert.Null(new PublicationRules(Now, true, false).WhyExcluded(draft));
    }

    [Fact]
    public void Leaves_out_future_dates_and_publish_dates_unless_asked()
    {
        var future = Doc(new FrontMatter { Date = Now.AddDays(1) });
        var scheduled = Doc(new FrontMatter { Date = Now.AddDays(-1), PublishDate = Now.AddHours(1) });

        Assert.Equal(ExclusionReason.Future, new PublicationRules(Now, false, false).WhyExcluded(future));
        Assert.Equal(ExclusionReason.Future, new PublicationRules(Now, false, false).WhyExcluded(scheduled));
        Assert.Null(new PublicationRules(Now, false, true).WhyExcluded(scheduled));
    }

    [Fact]
    public void Leaves_out_expired_documents_always()
    {
        var expired = Doc(new FrontMatter { ExpiryDate = Now.AddSeconds(-1) });

        Assert.Equal(ExclusionReason.Expired, new PublicationRules(Now, true, true).WhyExcluded(expired));
    }

    [Fact]
    public void Publishes_a_document_dated_exactly_now()
    {
        Assert.Null(new PublicationRules(Now, false, false).WhyExcluded(Doc(new FrontMatter { Date = Now })));
    }
}
