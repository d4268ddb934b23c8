using JoinedUp.Review.Access;
using JoinedUp.Review.Actions;
using JoinedUp.Review.Figures;
using JoinedUp.Review.Framework;

namespace JoinedUp.Review.Reviews;

/// <summary>A review as listed: its area, title, framework version, lead and state.</summary>
public sealed record ReviewSummary(long Id, AreaKind AreaKind, string Area, string AreaName, string Title, int FrameworkVersion, string Lead,
    string Status, string OpenedAt, string? ClosedAt)
{
    public const string Open = "open";
    public const string Closed = "closed";

    public bool IsOpen => Status == Open;
}

/// <summary>A partner invited to a review, and the sector they speak for.</summary>
public sealed record ReviewPartner(string UserName, string Role, string Organisation, Sector Sector, string InvitedAt, string InvitedBy);

/// <summary>One partner's rating of one statement: kept beside the others', never averaged.</summary>
public sealed record PartnerRating(string StatementKey, string UserName, Sector Sector, int Rating, string Comment, string RatedAt);

/// <summary>The rating the partners agreed for a statement, with the reason (where they differed, why this one).</summary>
public sealed record AgreedRating(string StatementKey, int Rating, string Reason, string AgreedAt, string AgreedBy);

/// <summary>Evidence for a statement: a note, a link or an uploaded file (served back only as an attachment).</summary>
public sealed record EvidenceItem(long Id, string StatementKey, string Kind, string Text, string? Link, string? FileName, string? ContentType,
    long? SizeBytes, string AddedAt, string AddedBy, Sector Sector)
{
    public const string Note = "text";
    public const string LinkKind = "link";
    public const string File = "file";
}

/// <summary>
/// Everything a partner sees of a review, on the framework version it was opened with, with the previous review of the
/// same area (if any) for progress.
/// </summary>
public sealed record ReviewDetail(
    ReviewSummary Summary,
    FrameworkDefinition Framework,
    IReadOnlyList<ReviewPartner> Partners,
    IReadOnlyList<PartnerRating> Ratings,
    IReadOnlyList<AgreedRating> Agreed,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<ReviewFigure> Figures,
    IReadOnlyList<ReviewAction> Actions,
    PreviousReview? Previous,
    bool ViewerLeads,
    Sector? ViewerSector)
{
    public IEnumerable<PartnerRating> RatingsOf(string key) => Ratings.Where(r => r.StatementKey == key).OrderBy(r => r.Sector).ThenBy(r => r.UserName, StringComparer.Ordinal);

    public AgreedRating? AgreedFor(string key) => Agreed.FirstOrDefault(a => a.StatementKey == key);

    public IEnumerable<EvidenceItem> EvidenceFor(string key) => Evidence.Where(e => e.StatementKey == key);

    /// <summary>Partners gave different ratings: shown side by side for the partners to settle, never averaged.</summary>
    public bool Disagree(string key) => RatingsOf(key).Select(r => r.Rating).Distinct().Count() > 1;
}

/// <summary>The area's review before this one: its agreed ratings and its actions, for progress.</summary>
public sealed record PreviousReview(ReviewSummary Summary, FrameworkDefinition Framework, IReadOnlyList<AgreedRating> Agreed, IReadOnlyList<ReviewAction> Actions)
{
    public AgreedRating? AgreedFor(string key) => Agreed.FirstOrDefault(a => a.StatementKey == key);
}
