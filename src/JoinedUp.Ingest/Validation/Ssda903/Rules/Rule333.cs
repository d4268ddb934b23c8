namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 333: when the date of matching (DATE_MATCH) is given, the date the LA decided the child should be placed for adoption
/// (DATE_INT) must be given too and be on or before it. A DATE_INT that is not a date is rule 112's.
/// </summary>
public sealed class Rule333() : Ssda903Rule("333", "The date the LA decided the child should be placed for adoption (DATE_INT) must be given and be on or before the date of matching (DATE_MATCH).", "AD1", "DATE_INT", "DATE_MATCH")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
        {
            var row = adoptions[i];
            if (row.DateMatch is not { } match) continue;
            if (row.DateIntText is null)
                findings.Add(row, "DATE_INT", $"The child was matched with adopters on {match:dd/MM/yyyy} but the date the LA decided they should be placed for adoption (DATE_INT) is blank.");
            else if (row.DateInt is { } decided && decided > match)
                findings.Add(row, "DATE_INT", $"The LA's decision that the child should be placed for adoption ({decided:dd/MM/yyyy}) is after the date they were matched with adopters ({match:dd/MM/yyyy}).");
        }
    }
}
