using JoinedUp.Disclosure;
using JoinedUp.Domain.Children;
using JoinedUp.Register.Access;
using JoinedUp.Register.Icb;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Register.Tests.Icb;

/// <summary>The ICB's monthly figures from hand-made entries, exits and admissions, every count protected.</summary>
public sealed class IcbMonthlyFiguresTests
{
    /// <summary>Valid NHS numbers in the 999 range (never issued), the n-th one.</summary>
    private static string NhsNumber(int n)
    {
        for (var body = 999_100_000 + n * 13; ; body++)
        {
            var digits = body.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (NhsNumbers.CheckDigit(digits) is { } check) return digits + check;
        }
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void On_the_register_by_rating_entries_exits_and_admissions_month_by_month(string engine)
    {
        using var f = new RegisterFixture(engine);
        var kw = People.BarnetKeyworker;
        var entries = Enumerable.Range(1, 12).Select(i => f.Register.AddEntry(kw, RegisterFixture.Child(People.Barnet, "I" + i) with { NhsNumber = NhsNumber(i) })).ToList();
        f.Clock.Advance(31); // 1 April 2025
        foreach (var e in entries.Take(6)) f.Register.ChangeRating(kw, e.Id, e.Version, new RatingChangeRequest(RagRating.Amber, "Out of school"));
        foreach (var e in entries.Skip(6)) f.Register.ExitRegister(kw, e.Id, e.Version, f.Clock.Today.AddDays(5), "Needs met; stepped down to early help");
        f.Clock.Advance(10);
        for (var i = 1; i <= 6; i++)
        {
            var admitted = f.Register.RecordAdmission(People.CamhsNorthCentral, new NewAdmission(People.Barnet, NhsNumber(i), null, f.Clock.Today.AddDays(-1), CetrHeldBefore: true));
            Assert.True(admitted.OnRegister);
        }
        for (var i = 101; i <= 107; i++)
            Assert.False(f.Register.RecordAdmission(People.NorthCentralLead, new NewAdmission(People.Camden, NhsNumber(i), null, f.Clock.Today.AddDays(-1), false)).OnRegister);
        // A child who left the register is admitted "not on the register".
        Assert.False(f.Register.RecordAdmission(kw, new NewAdmission(People.Barnet, null, "I7", f.Clock.Today, false)).OnRegister);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.RecordAdmission(People.CamhsNorthCentral, new NewAdmission(People.Croydon, NhsNumber(200), null, f.Clock.Today, false)));

        var figures = f.Register.IcbMonthlyFigures(People.NorthCentralLead, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30));
        Assert.Equal("North Central London ICS", figures.Area);
        // True counts: end of March 12 green; end of April 6 amber (6 left); 12 entered in March, 6 left in April;
        // April admissions: 6 on the register (all after a CETR), 8 not on it.
        AssertNear(12, figures.OnRegister["2025-03", "green"]);
        AssertNear(6, figures.OnRegister["2025-04", "amber"]);
        Assert.Equal(0, figures.OnRegister["2025-04", "green"].Value);
        AssertNear(12, figures.EntriesAndExits["2025-03", IcbMonthlyFigures.Entered]);
        AssertNear(6, figures.EntriesAndExits["2025-04", IcbMonthlyFigures.Exited]);
        AssertNear(6, figures.Admissions["2025-04", IcbMonthlyFigures.AdmittedOnRegister]);
        AssertNear(8, figures.Admissions["2025-04", IcbMonthlyFigures.AdmittedNotOnRegister]);
        AssertNear(6, figures.Admissions["2025-04", IcbMonthlyFigures.CetrBeforeAdmission]);
        Assert.All(new[] { figures.OnRegister, figures.EntriesAndExits, figures.Admissions }.SelectMany(t => t.All),
            fig => Assert.False(fig.Value is >= 1 and <= 4, "no count of 1 to 4 is ever shown"));

        var regional = f.Register.IcbMonthlyFigures(People.RegionalAnalyst, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30));
        Assert.Equal(figures.OnRegister["2025-03", "green"].Value, regional.OnRegister["2025-03", "green"].Value);
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.IcbMonthlyFigures(People.SouthWestLead, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30), "North Central London ICS"));
        Assert.Throws<RegisterAccessDeniedException>(() => f.Register.IcbMonthlyFigures(kw, new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 30)));
        Assert.DoesNotContain(f.Register.ListEntries(kw, new Listing.RegisterFilter()).Entries, e => entries.Skip(6).Any(x => x.Id == e.Id));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Entries_for_the_same_child_merged_by_identifier_are_counted_once(string engine)
    {
        using var f = new RegisterFixture(engine);
        for (var i = 1; i <= 8; i++)
        {
            var health = f.Register.AddEntry(People.NorthCentralLead, RegisterFixture.Child(People.Barnet, "") with { NhsNumber = NhsNumber(i) });
            f.Register.AddEntry(People.BarnetKeyworker, RegisterFixture.Child(People.Barnet, "M" + i));
            f.Register.AddIdentifiers(People.BarnetKeyworker, health.Id, health.Version, "M" + i, null);
        }
        var figures = f.Register.RegionalFigures(People.RegionalAnalyst, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));
        AssertNear(8, figures.CurrentByFootprint.GrandTotal);
        var icb = f.Register.IcbMonthlyFigures(People.RegionalAnalyst, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31));
        AssertNear(8, icb.OnRegister["2025-03", "green"]);
    }

    private static void AssertNear(long truth, Figure shown)
    {
        Assert.Equal(FigureKind.Perturbed, shown.Kind);
        Assert.InRange(shown.Value, Math.Max(5, truth - 3), truth + 3);
    }
}
