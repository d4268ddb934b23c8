using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Previous;

/// <summary>
/// A test-only previous-year rule (the real ones are DfE rules in src/): the child's sex or month of birth differs from
/// last year's return (compared at the month, the precision the store keeps), and an episode open at the end of last
/// year is not carried into this year's (no episode starting on its DECOM). Not in <see cref="Ssda903RuleSet"/>: it is
/// given to the importer by the tests.
/// </summary>
internal sealed class ChangedSinceLastYear() : Ssda903Rule("TESTPREV", "Differs from last year's return.", "Header", "SEX", "DOB", "DECOM")
{
    public override bool NeedsPreviousReturn => true;

    public override void Check(ChildReturn child, RuleFindings findings)
    {
        if (child.Previous is not { } before) return;
        var source = child.Return.Previous!.Source;
        if (child.Header is { } now && before.Header is { } then)
        {
            if (now.Sex != then.Sex) findings.Add(now, "SEX", $"SEX differs from {source}.");
            if (now.Dob is { } dob && then.Dob is { } earlier && (dob.Year != earlier.Year || dob.Month != earlier.Month))
                findings.Add(now, "DOB", $"The month of birth differs from {source}.");
        }
        foreach (var open in before.Episodes)
        {
            if (open.Dec is not null || open.Decom is not { } start) continue;
            var carried = false;
            foreach (var episode in child.Episodes) carried |= episode.Decom == start;
            if (!carried && child.Episodes.Count > 0)
                findings.Add(child.Episodes[0], "DECOM", $"An episode open at the end of {source} (started {start:dd/MM/yyyy}) is not in this return.");
        }
    }
}
