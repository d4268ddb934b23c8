namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 440: participation code PN0 (child under 4 at the review) cannot be used for a review on or after the child's 4th
/// birthday (by the review row's DOB). The Python validator LAs use lets the birthday itself pass; the child is 4 that
/// day, and JoinedUp follows the DfE's meaning.
/// </summary>
public sealed class Rule440() : Ssda903Rule("440", "The participation code says the child was under 4 (PN0) but the child was 4 or over at the review.", "Reviews", "REVIEW_CODE", "REVIEW", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var reviews = child.Reviews;
        for (var i = 0; i < reviews.Count; i++)
            if (reviews[i] is { ReviewCode: "PN0", Review: { } held, Dob: { } dob } && Ssda903Return.AgeOn(dob, held) >= 4)
                findings.Add(reviews[i], "REVIEW_CODE", $"The review on {held:dd/MM/yyyy} is coded PN0 (under 4) but the child was 4 or over.");
    }
}
