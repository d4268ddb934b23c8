namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 441: participation codes PN1 to PN7 (child 4 or over) cannot be used for a review before the child's 4th birthday (by the review row's DOB).</summary>
public sealed class Rule441() : Ssda903Rule("441", "The participation code says the child was 4 or over (PN1 to PN7) but the child was under 4 at the review.", "Reviews", "REVIEW_CODE", "REVIEW", "DOB")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var reviews = child.Reviews;
        for (var i = 0; i < reviews.Count; i++)
            if (reviews[i] is { ReviewCode: "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7", Review: { } held, Dob: { } dob } && Ssda903Return.AgeOn(dob, held) < 4)
                findings.Add(reviews[i], "REVIEW_CODE", $"The review on {held:dd/MM/yyyy} is coded {reviews[i].ReviewCode} (4 or over) but the child was under 4.");
    }
}
