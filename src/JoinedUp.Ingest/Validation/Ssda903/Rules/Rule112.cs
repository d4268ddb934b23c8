using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 112: the date the LA decided the child should be placed for adoption (AD1 DATE_INT), when given, must be a valid date.</summary>
public sealed class Rule112() : Ssda903Rule("112", "The date the LA decided adoption is in the child's best interests (DATE_INT) is not a valid date.", "AD1", "DATE_INT")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var adoptions = child.Ad1;
        for (var i = 0; i < adoptions.Count; i++)
            if (Ssda903Row.IsInvalidDate(adoptions[i].DateIntText, adoptions[i].DateInt))
                findings.Add(adoptions[i], "DATE_INT");
    }
}
