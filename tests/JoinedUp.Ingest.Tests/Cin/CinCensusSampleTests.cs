using Dapper;
using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Store.Location;
using JoinedUp.Store.Reading;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Cin;

/// <summary>The public CIN census sample (BAR_cin_2022.xml) imports, and what the store holds is checked field by field.</summary>
public sealed class CinCensusSampleTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RegionalStore _store;

    public CinCensusSampleTests()
    {
        _store = RegionalStore.Open(StoreLocation.Parse(_folder.File("region.db"), _folder.Path));
    }

    private static string Sample => PublicFixtures.PathOf("cin-census", "BAR_cin_2022.xml");

    [Fact]
    public void Is_recognised_by_content_with_LA_and_year_from_its_header()
    {
        var copy = _folder.File("whatever.xml");
        File.Copy(Sample, copy);
        var (kind, header) = ReturnRecognition.Identify(copy);
        Assert.Equal(ReturnKind.CinCensus, kind);
        Assert.Equal("201", header!.LaCode);
        Assert.Equal(2022, header.Year);
        Assert.Equal(new DateOnly(2022, 3, 31), header.ReferenceDate);
        var set = Assert.Single(SubmissionGrouping.Group([copy], null, null));
        Assert.Equal(new SubmissionKey("201", ReturnKind.CinCensus, 2022), set.Key);
    }

    [Fact]
    public void Imports_and_stores_each_field()
    {
        var outcome = new ReturnImporter(_store).Import([Sample], null, null);
        var submission = Assert.Single(outcome.Submissions);
        Assert.False(submission.Refused, string.Join("\n", submission.Issues));
        Assert.Equal(1, submission.Children);

        using var connection = _store.OpenConnection();
        var pseudonym = _store.Pseudonymiser.Pseudonymise("201", "DfEX0000001");
        var child = connection.QuerySingle("SELECT pseudonym, sex, birth_month, ethnicity, row_number FROM child");
        Assert.Equal(pseudonym, (string)child.pseudonym);
        Assert.Equal(1L, (long)child.sex);
        Assert.Equal("1966-03", (string)child.birth_month);
        Assert.Equal("WBRI", (string)child.ethnicity);

        var upn = connection.QuerySingle<string>("SELECT upn_pseudonym FROM child_upn WHERE pseudonym = @pseudonym", new { pseudonym });
        Assert.Equal(_store.Pseudonymiser.Pseudonymise("201", "UPN:A123456789123"), upn);

        var r = connection.QuerySingle("SELECT * FROM cin_referral");
        Assert.Equal(pseudonym, (string)r.pseudonym);
        Assert.Equal("1970-10-06", (string)r.referral_date);
        Assert.Equal("1A", (string)r.referral_source);
        Assert.Equal("N4", (string)r.primary_need);
        Assert.Equal("1971-02-27", (string)r.closure_date);
        Assert.Equal("RC1", (string)r.closure_reason);
        Assert.Equal(0L, (long)r.referral_nfa);
        Assert.Equal("HAND;HEAR", (string)r.disabilities);
        Assert.Equal(1L, (long)r.assessments);
        Assert.Equal("1970-06-03", (string)r.assessment_start);
        Assert.Equal("1971-07-18", (string)r.assessment_authorised);
        Assert.Equal("2A;2B", (string)r.assessment_factors);
        Assert.Equal("1971-01-24", (string)r.cin_plan_start);
        Assert.Equal("1971-01-26", (string)r.cin_plan_end);
        Assert.Equal(1L, (long)r.section47s);
        Assert.Equal("1970-02-02", (string)r.section47_start);
        Assert.Equal("1970-02-06", (string)r.initial_cpc_date);
        Assert.Equal("1970-02-17", (string)r.cp_plan_start);
        Assert.Equal("1971-03-14", (string)r.cp_plan_end);
        Assert.Equal("PHY", (string)r.initial_category_of_abuse);
        Assert.Equal("PHY", (string)r.latest_category_of_abuse);
        Assert.Equal(10L, (long)r.previous_cp_plans);

        var text = connection.ExecuteScalar<string>("SELECT group_concat(pseudonym) FROM validation_issue") ?? "";
        Assert.DoesNotContain("DfEX0000001", text);
    }

    [Fact]
    public void Flags_the_samples_dates_out_of_order_without_refusing_it()
    {
        var outcome = ReturnImporter.Validate([Sample], null, null);
        var issues = Assert.Single(outcome.Submissions).Issues;
        Assert.All(issues, i => Assert.Equal(IssueSeverity.Flagged, i.Severity));
        var rules = issues.Select(i => i.RuleCode).ToHashSet();
        // Section 47 (1970-02-02) and the CP plan (1970-02-17) precede the referral (1970-10-06).
        Assert.Contains("JU-CIN-11", rules);
        Assert.Contains("JU-CIN-13", rules);
        // The assessment was authorised (1971-07-18) and the CP plan ended (1971-03-14) after closure (1971-02-27).
        Assert.Contains("JU-CIN-15", rules);
        Assert.All(issues, i => Assert.Equal("DfEX0000001", i.Child));
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
