namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 399: a child looked after only under short-break legal statuses (every episode V3 or V4) must have no MOTHER,
/// no review date and no participation code. Reported on the Header's MOTHER when given and on each review row that
/// has a date or a code. A child with any other legal status in the return is not judged.
/// </summary>
public sealed class Rule399() : Ssda903Rule("399", "The child is looked after only in short breaks (V3 or V4), so MOTHER, the review date and the participation code must be blank.", "Header", "MOTHER", "LS", "REVIEW", "REVIEW_CODE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var episodes = child.Episodes;
        if (episodes.Count == 0) return;
        for (var i = 0; i < episodes.Count; i++)
            if (episodes[i].Ls is not ("V3" or "V4")) return;
        if (child.Header is { Mother: { } mother } header)
            findings.Add(header, "MOTHER", $"MOTHER is {mother} but the child is looked after only in short breaks (V3 or V4); it must be blank.");
        var reviews = child.Reviews;
        for (var i = 0; i < reviews.Count; i++)
        {
            var review = reviews[i];
            if (review.ReviewText is not null)
                findings.Add(review, "REVIEW", "A review is recorded but the child is looked after only in short breaks (V3 or V4); reviews must not be returned.");
            else if (review.ReviewCode is not null)
                findings.Add(review, "REVIEW_CODE", "A participation code is recorded but the child is looked after only in short breaks (V3 or V4); it must be blank.");
        }
    }
}
