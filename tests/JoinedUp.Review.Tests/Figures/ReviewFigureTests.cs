using System.Text.RegularExpressions;
using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Review.Tests.Figures;

/// <summary>
/// Figures filled in from JoinedUp for a review, on hand-made rows: each published within the cell key method's
/// noise of the count the test made, for the review's area only, with its date and source, the same every time.
/// </summary>
public sealed partial class ReviewFigureTests
{
    [GeneratedRegex(@"^(\d+)% \((\d+) of (\d+) ")]
    private static partial Regex Share();

    private static void Seed(System.Data.Common.DbConnection c, string la, int children, int onRegister, int away, int hostUnknown, int spot, int plans, int onTime)
    {
        long Submission(string kind) => c.ExecuteScalar<long>(
            """
            INSERT INTO submission (la, return_kind, year, source, loaded_at, children, episodes, records, issues)
            VALUES (@la, @kind, 2025, 'hand-made', '2026-06-01T09:00:00Z', 0, 0, 0, 0) RETURNING id
            """, new { la, kind });
        var snapshot = Submission("snapshot");
        var sen2 = Submission("sen2");
        for (var i = 0; i < children; i++)
        {
            var pseudonym = $"{la}-child-{i:000}";
            string? host = i < hostUnknown ? null : i < hostUnknown + away ? "Elsewhere" : la;
            c.Execute(
                """
                INSERT INTO snapshot_placement (submission_id, pseudonym, placing_la, placement_type, host_authority, sourcing, weekly_cost, social_care_cost, education_cost, health_cost, row_number)
                VALUES (@snapshot, @pseudonym, @la, 'residential', @host, @sourcing, 3000, 3000, 0, 0, @i)
                """, new { snapshot, pseudonym, la, host, sourcing = i < spot ? "spot purchase" : "framework", i });
            if (i < onRegister)
                c.Execute(
                    """
                    INSERT INTO dsr_entry (pseudonym, la, footprint, rating, rating_reason, rating_since, entered_on, entered_rating, keyworker, agencies,
                        risk_indicators, next_review_due, version, updated_at, updated_by)
                    VALUES (@pseudonym, @la, '', 'amber', 'r', '2026-01-01', '2026-01-01', 'green', '', '', '', '2026-04-01', 1, '2026-01-01', 'test')
                    """, new { pseudonym, la });
        }
        for (var i = 0; i < plans; i++)
            c.Execute(
                "INSERT INTO sen2_request (submission_id, pseudonym, received_date, within_20_weeks, row_number) VALUES (@sen2, @p, '2025-01-10', @w, @i)",
                new { sen2, p = $"{la}-sen2-{i:000}", w = i < onTime ? 1 : 0, i });
    }

    private static (int Part, int Whole) Parse(string shown)
    {
        var m = Share().Match(shown);
        Assert.True(m.Success, shown);
        return (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
    }

    private static void Near(int truth, int shown) => Assert.InRange(shown, truth - 3, truth + 3);

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Figures_are_the_areas_own_protected_and_dated(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        using (var c = f.Store.Store.OpenConnection())
        {
            Seed(c, ReviewFixture.Barnet, children: 40, onRegister: 12, away: 25, hostUnknown: 4, spot: 20, plans: 30, onTime: 18);
            Seed(c, ReviewFixture.Enfield, children: 50, onRegister: 30, away: 5, hostUnknown: 0, spot: 45, plans: 40, onTime: 40);
        }
        var lead = ReviewFixture.BarnetCommissioner;
        var review = f.Reviews.Open(lead, "Barnet", Sector.SocialCare);
        var figures = f.Reviews.CaptureFigures(lead, review.Id);
        Assert.Equal(4, figures.Count);

        var register = figures.Single(x => x.Measure == CommissioningReviews.SnapshotOnRegister);
        var (onRegister, cohort) = Parse(register.Shown);
        Near(12, onRegister);
        Near(40, cohort);
        Assert.Contains("Barnet snapshot 2025", register.AsOf);
        Assert.Contains("Regional placements snapshot for Barnet, loaded 2026-06-01", register.Source);
        Assert.DoesNotContain("Enfield", register.Source);

        var (away, known) = Parse(figures.Single(x => x.Measure == CommissioningReviews.OutOfArea).Shown);
        Near(25, away);
        Near(36, known);
        var (spot, sourced) = Parse(figures.Single(x => x.Measure == CommissioningReviews.SpotPurchase).Shown);
        Near(20, spot);
        Near(40, sourced);
        var ehc = figures.Single(x => x.Measure == CommissioningReviews.EhcTimeliness);
        var (onTime, plans) = Parse(ehc.Shown);
        Near(18, onTime);
        Near(30, plans);
        Assert.Contains("SEN2 2025", ehc.AsOf);

        // Published the same way every time (no differencing by asking again); kept with the review for its partners.
        Assert.Equal(figures.Select(x => x.Shown), f.Reviews.CaptureFigures(lead, review.Id).Select(x => x.Shown));
        Assert.Equal(figures.Select(x => x.Shown), f.Reviews.Get(lead, review.Id).Figures.Select(x => x.Shown));
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.CaptureFigures(ReviewFixture.EnfieldCommissioner, review.Id));

        // An ICS review counts every LA of its footprint.
        var ics = f.Reviews.Open(ReviewFixture.NorthCentralLead, "North Central", Sector.Health);
        var (_, both) = Parse(f.Reviews.CaptureFigures(ReviewFixture.NorthCentralLead, ics.Id).Single(x => x.Measure == CommissioningReviews.SnapshotOnRegister).Shown);
        Near(90, both);
    }

    [Fact]
    public void An_area_with_no_returns_says_so_and_shares_of_few_children_are_not_shown()
    {
        using var f = new ReviewFixture(StoreEngines.Sqlite).WithAccounts();
        using (var c = f.Store.Store.OpenConnection())
            Seed(c, ReviewFixture.Enfield, children: 6, onRegister: 2, away: 1, hostUnknown: 0, spot: 1, plans: 0, onTime: 0);
        var barnet = f.Reviews.Open(ReviewFixture.BarnetCommissioner, "Barnet", Sector.SocialCare);
        Assert.All(f.Reviews.CaptureFigures(ReviewFixture.BarnetCommissioner, barnet.Id), x => Assert.Equal("Not available", x.Shown));
        var enfield = f.Reviews.Open(ReviewFixture.EnfieldCommissioner, "Enfield", Sector.SocialCare);
        var shown = f.Reviews.CaptureFigures(ReviewFixture.EnfieldCommissioner, enfield.Id).Single(x => x.Measure == CommissioningReviews.SnapshotOnRegister).Shown;
        Assert.Contains("too few to show a share", shown);
        Assert.DoesNotContain("%", shown);
    }
}
