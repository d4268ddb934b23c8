using Dapper;
using JoinedUp.Ingest.Importing;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>
/// The Header's SEX codes changed in 2024/25 (1/2 became M/F/U): a 2024/25 return with M, F and U loads, the store keeps
/// the same meaning as before (1 male, 2 female, U unknown as null), and rule 101 reports a code of the wrong year.
/// </summary>
public sealed class SexCodeYearTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string[] Episodes =
    [
        ReturnFiles.EpisodeColumns,
        "CHX9173645,01/05/2024,S,C2,N1,U1,PR1,,,,CR0 2AB,CR7 8XY,1234567",
        "CHX9173646,15/06/2024,S,V2,N2,U1,PR1,,,,E15 1AA,E17 9BB,3456789",
        "CHX9173647,02/02/2025,S,C1,N4,U1,PR1,,,,N1 7GU,N4 2QQ,4567890",
    ];

    private static string[] Header(string first, string second, string third) =>
    [
        ReturnFiles.HeaderColumns,
        $"CHX9173645,{first},14/02/2009,WBRI,A123456789012,,",
        $"CHX9173646,{second},03/11/2011,BAFR,B223456789013,,",
        $"CHX9173647,{third},21/07/2006,MWBC,C323456789014,,",
    ];

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_2024_25_return_with_m_f_and_u_loads_and_the_store_reads_back_the_sexes(string engine)
    {
        using var test = TestStore.Open(engine);
        var directory = ReturnFiles.Write(_folder, Header("M", "F", "U"), Episodes, "302/2025");
        var outcome = Assert.Single(new ReturnImporter(test.Store).Import([directory], null, null).Submissions);

        Assert.False(outcome.Refused, string.Join("\n", outcome.Issues));
        Assert.Equal(2025, outcome.Key.Year);
        Assert.DoesNotContain(outcome.Issues, i => i.RuleCode == "101");
        Assert.Equal(4, Assert.Single(outcome.Issues, i => i.RuleCode == "232").Row); // U is reported as unknown, not refused

        var sexes = SexesByRow(test);
        Assert.Equal([(2L, 1L), (3L, 2L), (4L, null)], sexes);
    }

    [Fact]
    public void Last_years_codes_in_a_2024_25_return_load_as_the_same_sexes_and_are_flagged_101()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var directory = ReturnFiles.Write(_folder, Header("1", "2", "M"), Episodes, "302/2025");
        var outcome = Assert.Single(new ReturnImporter(test.Store).Import([directory], null, null).Submissions);

        Assert.False(outcome.Refused);
        Assert.Equal([2, 3], outcome.Issues.Where(i => i.RuleCode == "101").Select(i => i.Row!.Value).Order());
        Assert.Equal([(2L, 1L), (3L, 2L), (4L, 1L)], SexesByRow(test));
    }

    [Fact]
    public void A_2023_24_return_takes_1_and_2_and_flags_m_f_u_under_101()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var directory = ReturnFiles.Write(_folder, Header("1", "2", "F"), Episodes.Select(l => l.Replace("/2024", "/2023").Replace("/2025", "/2024")), "302/2024");
        var outcome = Assert.Single(new ReturnImporter(test.Store).Import([directory], null, null).Submissions);

        Assert.False(outcome.Refused);
        Assert.Equal(4, Assert.Single(outcome.Issues, i => i.RuleCode == "101").Row);
        Assert.Equal([(2L, 1L), (3L, 2L), (4L, 2L)], SexesByRow(test));
    }

    [Fact]
    public void A_value_on_no_years_list_still_refuses_the_return()
    {
        using var test = TestStore.Open(StoreEngines.Sqlite);
        var directory = ReturnFiles.Write(_folder, Header("M", "X", "F"), Episodes, "302/2025");
        var outcome = Assert.Single(new ReturnImporter(test.Store).Import([directory], null, null).Submissions);

        Assert.True(outcome.Refused);
        var issue = Assert.Single(outcome.Issues, i => i.RuleCode == "101");
        Assert.Equal((3, "SEX"), (issue.Row!.Value, issue.Field));
    }

    private static List<(long Row, long? Sex)> SexesByRow(TestStore test)
    {
        using var connection = test.Store.OpenConnection();
        return connection.Query<(long, long?)>("SELECT row_number, sex FROM child ORDER BY row_number").ToList();
    }

    public void Dispose() => _folder.Dispose();
}
