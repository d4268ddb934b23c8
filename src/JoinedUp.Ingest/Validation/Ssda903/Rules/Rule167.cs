using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 167: a review (REVIEW given) must record how the child took part, as a valid participation code (PN0 to PN7).
/// A row with no review date is rule 166's; the Python validator LAs use flags it here too.
/// </summary>
public sealed class Rule167() : Ssda903Rule("167", "The review's participation code is blank or not a valid code (PN0 to PN7).", "Reviews", "REVIEW_CODE", "REVIEW")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var reviews = child.Reviews;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (review.ReviewText is null) continue;
            if (review.ReviewCode is null)
                findings.Add(review, "REVIEW_CODE", "The review has no participation code (PN0 to PN7).");
            else if (!Ssda903CodeLists.ReviewParticipation.Contains(review.ReviewCode))
                findings.Add(review, "REVIEW_CODE", $"The participation code {review.ReviewCode} is not a valid code (PN0 to PN7).");
        }
    }
}
