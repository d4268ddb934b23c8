using System.Globalization;

namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 180: a strengths and difficulties questionnaire score (SDQ_SCORE), when given, is a whole number from 0 to 40.</summary>
public sealed class Rule180() : Ssda903Rule("180", "The SDQ score (SDQ_SCORE) must be a whole number from 0 to 40.", "OC2", "SDQ_SCORE")
{
    public override void Check(ChildReturn child, RuleFindings findings)
    {
        var rows = child.Oc2;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.SdqScore is { } score && !IsValid(score))
                findings.Add(row, "SDQ_SCORE");
        }
    }

    private static bool IsValid(string score) =>
        int.TryParse(score, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 40;
}
