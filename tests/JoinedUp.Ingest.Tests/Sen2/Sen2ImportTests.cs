using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Store;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Sen2;

/// <summary>A hand-written SEN2 return imports, and what the store holds is checked field by field, with no clear identifier.</summary>
public sealed class Sen2ImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static long? Long(object? value) => value is null ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Imports_and_stores_each_field(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = test.Store;
        var path = Sen2Files.Write(_folder.File("in"), Sen2Files.Clean);
        var submission = Assert.Single(new ReturnImporter(store).Import([path], null, null).Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues));
        Assert.Empty(submission.Issues);
        Assert.Equal(new SubmissionKey("302", ReturnKind.Sen2, 2024), submission.Key);
        Assert.Equal(3, submission.Children);

        var amelia = store.Pseudonymiser.Pseudonymise(Sen2Files.La, "UPN:A123456789012");
        var kai = store.Pseudonymiser.Pseudonymise(Sen2Files.La, "NAME:JONES|KAI|2015-11-03");
        var third = store.Pseudonymiser.Pseudonymise(Sen2Files.La, "UPN:B987654321098");

        using var connection = store.OpenConnection();
        var children = connection.Query("SELECT pseudonym, sex, birth_month, ethnicity, row_number FROM child ORDER BY row_number").ToList();
        Assert.Equal(3, children.Count);
        Assert.Equal((amelia, 2L, "2012-05", "WBRI", 1L), ((string)children[0].pseudonym, Long(children[0].sex), (string)children[0].birth_month, (string)children[0].ethnicity, Long(children[0].row_number)));
        Assert.Equal((kai, 1L, "2015-11", "AIND", 2L), ((string)children[1].pseudonym, Long(children[1].sex), (string)children[1].birth_month, (string)children[1].ethnicity, Long(children[1].row_number)));
        Assert.Equal((third, 1L, "2010-02", "BCRB", 3L), ((string)children[2].pseudonym, Long(children[2].sex), (string)children[2].birth_month, (string)children[2].ethnicity, Long(children[2].row_number)));

        var upns = connection.Query<(string, string)>("SELECT pseudonym, upn_pseudonym FROM child_upn ORDER BY upn_pseudonym").ToHashSet();
        Assert.Equal(new HashSet<(string, string)> { (amelia, amelia), (third, third) }, upns);

        var requests = connection.Query("SELECT * FROM sen2_request ORDER BY row_number").ToList();
        Assert.Equal(3, requests.Count);
        var a = requests[0];
        Assert.Equal(amelia, (string)a.pseudonym);
        Assert.Equal("2023-01-09", (string)a.received_date);
        Assert.Equal("A", (string)a.request_outcome);
        Assert.Equal("2023-02-20", (string)a.request_outcome_date);
        Assert.Equal("H", (string)a.assessment_outcome);
        Assert.Equal("2023-05-15", (string)a.assessment_outcome_date);
        Assert.Equal("2023-05-22", (string)a.plan_start);
        Assert.Equal(19.0, (double)a.weeks_to_plan);
        Assert.Equal(1L, Long(a.within_20_weeks));
        Assert.Null(a.week20_exception);
        Assert.Null(a.plan_cease_date);
        Assert.Null(a.plan_cease_reason);
        Assert.Equal("RSS", (string)a.establishment_type);
        Assert.Equal("131313", (string)a.urn);
        Assert.Equal(1L, Long(a.row_number));

        var k = requests[1];
        Assert.Equal(kai, (string)k.pseudonym);
        Assert.Equal("2023-03-01", (string)k.received_date);
        Assert.Equal("2023-04-12", (string)k.request_outcome_date);
        Assert.Equal("2023-07-20", (string)k.assessment_outcome_date);
        Assert.Equal("2023-08-14", (string)k.plan_start);
        Assert.Equal(23.7, (double)k.weeks_to_plan); // 166 days
        Assert.Equal(0L, Long(k.within_20_weeks));
        Assert.Equal("A", (string)k.week20_exception);
        Assert.Equal("SS", (string)k.establishment_type);
        Assert.Null(k.urn);

        var t = requests[2];
        Assert.Equal(third, (string)t.pseudonym);
        Assert.Equal("2023-10-02", (string)t.received_date);
        Assert.Equal("B", (string)t.request_outcome);
        Assert.Equal("2023-11-10", (string)t.request_outcome_date);
        Assert.Null(t.assessment_outcome);
        Assert.Null(t.plan_start);
        Assert.Null(t.weeks_to_plan);
        Assert.Null(t.within_20_weeks);
        Assert.Null(t.establishment_type);

        var needs = connection.Query<(string, string, long)>("SELECT pseudonym, sen_type, CAST(sen_type_rank AS BIGINT) FROM sen2_need ORDER BY row_number, sen_type_rank").ToList();
        Assert.Equal([(amelia, "ASD", 1L), (amelia, "SEMH", 2L), (kai, "SLCN", 1L)], needs);

        var stored = string.Join("\n", new[] { "child", "child_upn", "sen2_request", "sen2_need", "validation_issue", "submission", "return_block" }
            .SelectMany(table => connection.Query($"SELECT * FROM {table}"))
            .SelectMany(row => ((IDictionary<string, object?>)row).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        foreach (var clear in new[] { "A123456789012", "B987654321098", "Smith", "Amelia", "Jones", "Kai", "2012-05-17", "2015-11-03", "2010-02-28", "SW1A" })
            Assert.DoesNotContain(clear, stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_need_rank_given_twice_is_flagged_under_a_pseudonym_and_the_person_loaded(string engine)
    {
        using var test = TestStore.Open(engine);
        var text = Sen2Files.Clean.Replace("<SENtype>SEMH</SENtype><SENtypeRank>2</SENtypeRank>", "<SENtype>SEMH</SENtype><SENtypeRank>1</SENtypeRank>", StringComparison.Ordinal);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([Sen2Files.Write(_folder.File("in"), text)], null, null).Submissions);
        Assert.False(submission.Refused);
        var issue = Assert.Single(submission.Issues);
        Assert.Equal((Sen2Rules.SenRanksNotValid.Code, "SENtypeRank", IssueSeverity.Flagged), (issue.RuleCode, issue.Field, issue.Severity));
        Assert.Contains("ranked 1, 1", issue.Message);

        using var connection = test.Store.OpenConnection();
        var child = connection.QuerySingle<string>("SELECT pseudonym FROM validation_issue WHERE rule_code = @code", new { code = Sen2Rules.SenRanksNotValid.Code });
        Assert.Equal(test.Store.Pseudonymiser.Pseudonymise(Sen2Files.La, "SEN2:A123456789012"), child);
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sen2_need WHERE sen_type_rank = 1 AND pseudonym = @p",
            new { p = test.Store.Pseudonymiser.Pseudonymise(Sen2Files.La, "UPN:A123456789012") }));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void A_person_given_twice_is_loaded_once_and_flagged_without_the_UPN_in_clear(string engine)
    {
        using var test = TestStore.Open(engine);
        var text = Sen2Files.Clean.Replace("<UPN>B987654321098</UPN>", "<UPN>a123456789012</UPN>", StringComparison.Ordinal);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([Sen2Files.Write(_folder.File("in"), text)], null, null).Submissions);
        Assert.False(submission.Refused);
        var issue = Assert.Single(submission.Issues);
        Assert.Equal((Sen2Rules.DuplicatePerson.Code, IssueSeverity.Flagged), (issue.RuleCode, issue.Severity));
        Assert.Contains("Person 3", issue.Message);

        using var connection = test.Store.OpenConnection();
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child"));
        Assert.Equal(2L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sen2_request"));
        var message = connection.QuerySingle<string>("SELECT message FROM validation_issue");
        Assert.DoesNotContain("123456789012", message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void The_synthetic_generators_SEN2_imports_without_refusal(string engine)
    {
        var returns = _folder.File("synthetic");
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("t", ["302"]),
            FirstYear = 2024,
            LastYear = 2024,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = false,
        }).WriteTo(returns);
        var path = Path.Combine(returns, "302", "2024", "sen2.xml");
        var persons = System.Xml.Linq.XDocument.Load(path).Descendants("Person").Count();
        Assert.True(persons >= 10, $"only {persons} persons were generated");

        using var test = TestStore.Open(engine);
        var submission = Assert.Single(new ReturnImporter(test.Store).Import([path], null, null).Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues.Take(5)));
        Assert.Equal(new SubmissionKey("302", ReturnKind.Sen2, 2024), submission.Key);
        Assert.Equal(persons, submission.Children);
        Assert.DoesNotContain(submission.Issues, i => i.Severity == IssueSeverity.Refused);

        using var connection = test.Store.OpenConnection();
        Assert.Equal(persons, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM child"));
        Assert.Equal(persons, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sen2_request"));
        Assert.Equal(persons, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sen2_need WHERE sen_type_rank = 1"));
        var within = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sen2_request WHERE within_20_weeks = 1");
        Assert.InRange(within, 1, persons - 1); // requests come 14 to 22 weeks before the plan
    }

    public void Dispose() => _folder.Dispose();
}
