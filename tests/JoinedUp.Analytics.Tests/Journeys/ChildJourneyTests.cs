using JoinedUp.Analytics.Journeys;
using JoinedUp.TestSupport;
using K = JoinedUp.Analytics.Journeys.JourneyEventKind;

namespace JoinedUp.Analytics.Tests.Journeys;

/// <summary>The hand-made child's journey, event by event, built from the returns as imported and linked.</summary>
public sealed class ChildJourneyTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Sams_journey_event_by_event(string engine)
    {
        using var test = TestStore.Open(engine);
        using var folder = new TempFolder();
        HandMadeChild.Load(test.Store, folder);

        var loaded = LaJourneys.Load(test.Store, HandMadeChild.La);
        var sam = Assert.Single(loaded.Journeys);
        Assert.Equal(test.Store.Pseudonymiser.Pseudonymise(HandMadeChild.La, HandMadeChild.ChildId), sam.Pseudonym);
        Assert.Equal(["cin", "school", "sen2", "ssda903"], sam.Returns.Order(StringComparer.Ordinal));
        Assert.Contains(test.Store.Pseudonymiser.Pseudonymise(HandMadeChild.La, "UPN:" + HandMadeChild.Upn), sam.Pseudonyms);
        Assert.Equal(new DateOnly(2010, 5, 1), sam.BirthMonth);

        var expected = new (string Date, K Kind, string? Code)[]
        {
            ("2020-01-10", K.EhcRequest, null),
            ("2020-05-01", K.EhcAssessment, "H"),
            ("2020-05-20", K.EhcPlanStart, "SEMH"),
            ("2021-06-01", K.CinReferral, "N2"),
            ("2021-06-03", K.CinAssessment, null),
            ("2021-07-01", K.CinPlanStart, null),
            ("2021-09-01", K.PersistentAbsence, null),
            ("2021-10-05", K.Suspension, "PD"),
            ("2021-11-20", K.Section47, null),
            ("2021-12-01", K.CinPlanEnd, null),
            ("2021-12-01", K.CpPlanStart, "NEG"),
            ("2022-01-01", K.SchoolMove, null),
            ("2022-01-12", K.Suspension, "VA"),
            ("2022-02-01", K.CareStart, "C1"),
            ("2022-03-01", K.PlacementChange, "K2"),
            ("2022-04-10", K.DsrRating, "amber"),
        };
        Assert.Equal(expected.Select(e => $"{e.Date} {e.Kind} {e.Code}"), sam.Events.Select(e => $"{e.Date:yyyy-MM-dd} {e.Kind} {e.Code}"));
        Assert.Contains("needs SEMH, ASD", sam.Events.Single(e => e.Kind == K.EhcPlanStart).Detail);
        Assert.Contains("15 of 140 sessions missed (10 unauthorised)", sam.Events.Single(e => e.Kind == K.PersistentAbsence).Detail);
        Assert.Contains("Persistent disruptive behaviour, 4 sessions", sam.Events.First(e => e.Kind == K.Suspension).Detail);
        Assert.Contains("neglect", sam.Events.Single(e => e.Kind == K.CpPlanStart).Detail);
        Assert.Contains("C1", sam.Events.Single(e => e.Kind == K.CareStart).Detail);

        Assert.Equal(
            ["2014-09-01 Start of school", "2021-09-01 Transfer to secondary school (11)", "2026-09-01 Post-16 (16+)", "2028-05-01 Adulthood (18)"],
            sam.EscalationPoints.Select(p => $"{p.Date:yyyy-MM-dd} {p.Name}"));
        Assert.Equal(new DateOnly(2022, 3, 1), sam.FirstResidentialOrInpatient());
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Another_las_children_are_not_in_an_las_journeys(string engine)
    {
        using var test = TestStore.Open(engine);
        using var folder = new TempFolder();
        HandMadeChild.Load(test.Store, folder);

        Assert.All(LaJourneys.Load(test.Store, HandMadeChild.La).Journeys, j => Assert.Equal(HandMadeChild.La, j.La));
        var lee = Assert.Single(LaJourneys.Load(test.Store, HandMadeChild.OtherLa).Journeys);
        Assert.Equal(["ssda903"], lee.Returns);
        Assert.Equal([K.CareStart], lee.Events.Select(e => e.Kind));
        Assert.Equal(2, LaJourneys.Load(test.Store, null).Journeys.Count);
    }
}
