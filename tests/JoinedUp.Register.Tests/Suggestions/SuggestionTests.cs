using Dapper;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Suggestions;

/// <summary>Indicators the linked SSDA903 return shows are suggested, never set.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Placement_breakdown_and_missing_episodes_are_suggested_not_set(string engine)
    {
        using var f = new RegisterFixture(engine);
        var entry = f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "S1"));
        using (var connection = f.Store.OpenConnection())
        {
            var submission = connection.ExecuteScalar<long>(
                "INSERT INTO submission (la, return_kind, year, source, loaded_at, children, episodes, records, issues) VALUES (@la, 'ssda903', 2025, 'test', '2025-01-01', 1, 2, 1, 0) RETURNING id",
                new { la = People.Barnet });
            connection.Execute(
                "INSERT INTO episode (submission_id, pseudonym, start_date, reason_place_change, row_number) VALUES (@submission, @p, '2024-11-01', 'CREQB', 1), (@submission, @p, '2024-06-01', 'CARPL', 2)",
                new { submission, p = entry.Pseudonym });
            connection.Execute(
                "INSERT INTO return_block (submission_id, table_name, first_row, row_count, columns, rows) VALUES (@submission, 'missing', 2, 3, @columns, @rows)",
                new
                {
                    submission,
                    columns = """["row_offset","child","MISSING","MIS_START","MIS_END"]""",
                    // Two of the child's missing episodes and one of another child's in the same block.
                    rows = $$"""[[0,"{{entry.Pseudonym}}","M","2025-01-10",null],[1,"someone-else","M","2025-01-12",null],[2,"{{entry.Pseudonym}}","A","2025-02-03","2025-02-04"]]""",
                });
        }
        var suggestions = f.Register.SuggestIndicators(People.BarnetKeyworker, entry.Id);
        Assert.Contains(suggestions, s => s.Indicator == RiskIndicator.PlacementBreakdown && s.Evidence.Contains("CREQB") && !s.Evidence.Contains("CARPL"));
        Assert.Contains(suggestions, s => s.Indicator == RiskIndicator.ExploitationOrPoliceContact && s.Evidence.StartsWith("SSDA903: 2 missing"));
        Assert.DoesNotContain(RiskIndicator.PlacementBreakdown, f.Register.GetEntry(People.BarnetKeyworker, entry.Id).RiskIndicators);
    }
}
