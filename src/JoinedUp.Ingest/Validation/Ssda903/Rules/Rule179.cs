using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 179: apart from short breaks (V3, V4), whether the placement is inside or outside the LA's area (PL_LOCATION, which
/// the DfE derives from the placement postcode) must be known. JoinedUp does not hold the ONS postcode directory, so it
/// reports the case it can see: the placement postcode (PL_POST) is blank.
/// </summary>
public sealed class Rule179() : Ssda903Rule("179", "Whether the placement is inside the LA's area cannot be known: the placement postcode (PL_POST) is blank.", "Episodes", "PL_POST", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.PlPost is null && episode.Ls is not null && !ShortBreaks.Contains(episode.Ls))
                findings.Add(episode, "PL_POST");
    }
}
