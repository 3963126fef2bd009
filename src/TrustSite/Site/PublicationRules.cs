using TrustSite.Content;

namespace TrustSite.Site;

/// <summary>Decides which documents are published now: drafts, future and expired documents are left out unless asked for.</summary>
public sealed record PublicationRules(DateTimeOffset Now, bool IncludeDrafts, bool IncludeFuture)
{
    public ExclusionReason? WhyExcluded(Document document)
    {
        var frontMatter = document.FrontMatter;
        if (frontMatter.Draft && !IncludeDrafts)
        {
            return ExclusionReason.Draft;
        }
        var publishAt = frontMatter.PublishDate ?? document.Date;
        if (publishAt > Now && !IncludeFuture)
        {
            return ExclusionReason.Future;
        }
        if (frontMatter.ExpiryDate <= Now)
        {
            return ExclusionReason.Expired;
        }
        return null;
    }
}
