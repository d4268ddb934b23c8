using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 113: the date the child was matched with the adopters (AD1 DATE_MATCH), when given, must be a valid date.</summary>
public sealed class Rule113() : Ssda903Rule("113", "The date the child was matched with the adopters (DATE_MATCH) is not a valid date.", "AD1", "DATE_MATCH")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (Ssda903Row.IsInvalidDate(adoptions[i].DateMatchText, adoptions[i].DateMatch))
                findings.Add(adoptions[i], "DATE_MATCH");
    }
}
