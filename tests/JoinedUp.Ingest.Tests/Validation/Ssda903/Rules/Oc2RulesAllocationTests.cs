using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903.Rules;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>The OC2 rules run for every child of every return: on a child who passes them they find nothing and allocate nothing.</summary>
public sealed class Oc2RulesAllocationTests
{
    private static readonly Ssda903Rule[] Rules =
    [
        new Rule157(), new Rule158(), new Rule159(), new Rule180(), new Rule181(), new Rule182(), new Rule185(), new Rule186(),
        new Rule188(), new Rule189(), new Rule190(), new Rule191(), new Rule192(), new Rule193(), new Rule196(), new Rule197a(),
        new Rule197B(), new Rule198(), new Rule542(), new Rule543(), new Rule544(), new Rule545(), new Rule546(), new Rule547(),
        new RuleINT33(),
    ];

    [Fact]
    public void A_child_looked_after_all_year_with_a_complete_OC2_row_passes_every_rule_without_allocating()
    {
        var submission = new TestReturn().Header()
            .Episode(decom: "01/01/2023", dec: "01/09/2024", rec: "X1")
            .Episode(decom: "01/09/2024", rne: "P")
            .Oc2(sdqScore: "10", convicted: "0", healthCheck: null, substanceMisuse: "1", interventionReceived: "0", interventionOffered: "1")
            .Header(child: "C2").Episode(child: "C2", decom: "01/06/2024")
            .Supplied(Ssda903Tables.Oc2);
        var children = submission.Return.Children.ToArray();
        var findings = new RuleFindings();
        // The first pass orders each child's episodes once; the next ones let the runtime finish compiling the rules at
        // their final tier (a method being recompiled may allocate on the calling thread), so that only the rules are measured.
        for (var i = 0; i < 500; i++)
            foreach (var rule in Rules)
                foreach (var child in children) rule.Check(child, findings);
        Assert.Empty(findings.Issues);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
            foreach (var rule in Rules)
                foreach (var child in children) rule.Check(child, findings);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(findings.Issues);
    }
}
