using JoinedUp.Ingest.Validation.Ssda903.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 169: apart from short breaks (V3, V4), the LA the child is placed in (PL_LA, which the DfE derives from the placement
/// postcode) must be known. JoinedUp does not hold the ONS postcode directory, so it reports the case it can see: the
/// placement postcode (PL_POST) is blank. A postcode given but not a postcode is JU05's; a well-formed postcode that no LA
/// owns cannot be detected here.
/// </summary>
public sealed class Rule169() : Ssda903Rule("169", "The LA the child is placed in cannot be known: the placement postcode (PL_POST) is blank.", "Episodes", "PL_POST", "LS")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        foreach (var episode in child.Episodes)
            if (episode.PlPost is null && episode.Ls is not null && !ShortBreaks.Contains(episode.Ls))
                findings.Add(episode, "PL_POST");
    }
}
