using JoinedUp.Analytics.EarlyWarning;
using JoinedUp.Analytics.Journeys;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Journeys;

/// <summary>The early warning rules and their backtest on the hand-made child, with the results worked out by hand.</summary>
public sealed class EarlyWarningTests : IDisposable
{
    private readonly TestStore _test = TestStore.Open(StoreEngines.Sqlite);
    private readonly TempFolder _folder = new();
    private readonly LaJourneys _loaded;

    public EarlyWarningTests()
    {
        HandMadeChild.Load(_test.Store, _folder);
        _loaded = LaJourneys.Load(_test.Store, HandMadeChild.La);
    }

    public void Dispose()
    {
        _test.Dispose();
        _folder.Dispose();
    }

    private ChildJourney Sam => _loaded.Journeys[0];

    [Fact]
    public void Sam_is_listed_in_January_2022_with_every_reason()
    {
        var flag = EarlyWarningRules.Check(Sam, new DateOnly(2022, 1, 15), EarlyWarningSettings.Default);
        Assert.NotNull(flag);
        Assert.Equal(11, flag.Age);
        Assert.Equal(
        [
            "EHC plan in force for SEMH and ASD (since 20 May 2020)",
            "2 suspensions or exclusions in the last 12 months (latest 12 January 2022)",
            "moved school in the last 12 months (January 2022)",
            "persistently absent in 1 term of the last 12 months",
            "child protection plan open since 1 December 2021 (emotional abuse)",
            "aged 11",
            "not on the Dynamic Support Register",
        ], flag.Reasons);
    }

    [Fact]
    public void The_gates_and_the_settings_decide()
    {
        var january = new DateOnly(2022, 1, 15);
        Assert.Null(EarlyWarningRules.Check(Sam, new DateOnly(2022, 3, 15), EarlyWarningSettings.Default)); // in a children's home since 1 March
        Assert.Null(EarlyWarningRules.Check(Sam, new DateOnly(2022, 4, 15), EarlyWarningSettings.Default with { AgeFrom = 10 })); // on the register since 10 April
        Assert.Null(EarlyWarningRules.Check(Sam, january, EarlyWarningSettings.Default with { AgeFrom = 12 }));
        Assert.Null(EarlyWarningRules.Check(Sam, january, EarlyWarningSettings.Default with { MinimumSignals = 6 })); // no CIN plan open then
        var few = EarlyWarningRules.Check(Sam, january, EarlyWarningSettings.Default with
        {
            UseEhcPlanNeeds = false,
            UseRecentExclusion = false,
            UseRecentSchoolMove = false,
            UsePersistentAbsence = false,
            MinimumSignals = 1,
        });
        Assert.Equal(["child protection plan open since 1 December 2021 (emotional abuse)", "aged 11", "not on the Dynamic Support Register"], few!.Reasons);
        Assert.Null(EarlyWarningRules.Check(Sam, january, EarlyWarningSettings.Default with { EhcPlanNeeds = new HashSet<string> { "SLD" }, MinimumSignals = 5 }));
        Assert.NotNull((EarlyWarningSettings.Default with { MinimumSignals = 7 }).Problem());
        Assert.Null(EarlyWarningSettings.Default.Problem());
    }

    [Fact]
    public void The_backtest_counts_flags_escalations_and_lead_time_as_worked_out_by_hand()
    {
        // One month of history and outcome: replayed on 1 May 2021 to 1 February 2022 (10 days). Sam, 11 throughout, is
        // flagged from 1 July 2021 (EHC plan and CIN plan) to 1 February 2022: 8 flags; only 1 February is followed within
        // a month by the children's home of 1 March: precision 1/8, sensitivity 1/1, lead 28 days. Lee, 8 and 9, is never flagged.
        var settings = EarlyWarningSettings.Default with { RecentMonths = 1, OutcomeWithinMonths = 1 };
        var all = LaJourneys.Load(_test.Store, null);
        var span = all.Span!.Value;
        Assert.Equal((new DateOnly(2021, 4, 1), new DateOnly(2022, 3, 31)), span);
        var result = EarlyWarningBacktest.Run(all.Journeys, settings, span.From, span.To);
        Assert.Equal((new DateOnly(2021, 5, 1), new DateOnly(2022, 2, 28), 10), (result.From!.Value, result.To!.Value, result.Days));
        Assert.Equal((8, 1, 1, 1), (result.Flags, result.FlagsFollowedByEscalation, result.EscalatedChildren, result.EscalatedChildrenFlagged));
        Assert.Equal(1.0, result.Sensitivity);
        Assert.Equal(0.125, result.Precision);
        Assert.Equal(28, result.MedianLeadDays);

        var tooShort = EarlyWarningBacktest.Run(all.Journeys, EarlyWarningSettings.Default, span.From, span.To);
        Assert.Equal(0, tooShort.Days);
        Assert.Null(tooShort.Sensitivity);
        Assert.Contains("too short", tooShort.Note);
    }
}
