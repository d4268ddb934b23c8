namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 166: every review row must have a review date that is a valid date.</summary>
public sealed class Rule166() : Ssda903Rule("166", "The review date is blank or not a valid date.", "Reviews", "REVIEW")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var reviews = child.Reviews;
        for (var i = 0; i < reviews.Count; i++)
            if (reviews[i].Review is null)
                findings.Add(reviews[i], "REVIEW", reviews[i].ReviewText is null ? "The review date is blank." : "The review date is not a valid date (dd/mm/yyyy).");
    }
}
