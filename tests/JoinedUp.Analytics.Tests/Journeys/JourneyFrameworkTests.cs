using JoinedUp.Analytics.Journeys;
using JoinedUp.TestSupport;

namespace JoinedUp.Analytics.Tests.Journeys;

/// <summary>Appendix 2 answered for the hand-made children: Sam's from every return, Lee's "unknown" where her LA sent only SSDA903.</summary>
public sealed class JourneyFrameworkTests
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Sams_answers(string engine)
    {
        using var test = TestStore.Open(engine);
        using var folder = new TempFolder();
        HandMadeChild.Load(test.Store, folder);
        var loaded = LaJourneys.Load(test.Store, HandMadeChild.La);
        var answers = JourneyFramework.Answer(loaded.Journeys[0], loaded.CoverageOf(HandMadeChild.La), Today).ToDictionary(a => a.Question, a => a);
        string Answer(string start) => answers.Single(a => a.Key.StartsWith(start, StringComparison.Ordinal)).Value.Answer;
        int? Number(string start) => answers.Single(a => a.Key.StartsWith(start, StringComparison.Ordinal)).Value.Number;

        Assert.Equal("14", Answer("What is the young person's current age"));
        Assert.Equal("Black Caribbean (BCRB)", Answer("What is the young person's ethnicity"));
        Assert.Equal("Barnet", Answer("What is their home local authority"));
        Assert.Equal("Yes: amber since 10 April 2022", Answer("Were they on the DSR"));
        Assert.Equal(FrameworkAnswer.Unknown, Answer("Were they admitted to tier 4"));
        Assert.Equal("Yes: Persistent disruptive behaviour; Verbal abuse or threatening behaviour against an adult; persistent absence in 1 term", Answer("Are there any records of periods out of school"));
        Assert.StartsWith("Yes, first at age 11", Answer("Are there any records of early exclusions"));
        Assert.Equal(11, Number("Are there any records of early exclusions"));
        Assert.Equal(2, Number("How many times has the child been excluded"));
        Assert.Equal(11, Number("What was the child or young person's age at their first change of school"));
        Assert.Equal(1, Number("How many times have they come to the attention"));
        Assert.Equal(9, Number("At what age was their first statutory EHC needs assessment"));
        Assert.Equal(10, Number("At what age was their first EHC plan"));
        Assert.Equal(11, Number("At what age was their first assessment"));
        Assert.Equal(11, Number("At what age were they first allocated a social worker"));
        Assert.StartsWith("Yes: child in need plan (153 days in all) and child protection plan", Answer("Have they been subject to a Child in Need plan"));
        Assert.Equal("neglect, later emotional abuse", Answer("If so, under which category"));
        Assert.Equal("Care order at age 11", Answer("Did the young person become looked after"));
        Assert.Equal(FrameworkAnswer.Unknown, Answer("Did they access Short Break provision"));
        Assert.Equal(2, Number("How many placements have they had"));
        Assert.Equal(2, Number("How many schools have they attended"));
        Assert.Contains("referral at age 11 (June 2021); assessment at age 11 (June 2021); child in need plan at age 11 (July 2021); child protection plan at age 11 (December 2021); looked after at age 11 (February 2022)",
            Answer("At what stages"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Lees_answers_are_unknown_where_her_las_returns_cannot_say(string engine)
    {
        using var test = TestStore.Open(engine);
        using var folder = new TempFolder();
        HandMadeChild.Load(test.Store, folder);
        var loaded = LaJourneys.Load(test.Store, HandMadeChild.OtherLa);
        var answers = JourneyFramework.Answer(loaded.Journeys[0], loaded.CoverageOf(HandMadeChild.OtherLa), Today);
        FrameworkAnswer Of(string start) => answers.Single(a => a.Question.StartsWith(start, StringComparison.Ordinal));

        Assert.Equal("11", Of("What is the young person's current age").Answer);
        Assert.Equal("Voluntary arrangement (section 20) at age 9", Of("Did the young person become looked after").Answer);
        Assert.Equal(1, Of("How many placements have they had").Number);
        Assert.Equal("No", Of("Were they on the DSR").Answer);
        foreach (var question in new[]
                 {
                     "Are there any records of periods out of school", "Are there any records of early exclusions", "How many times has the child been excluded",
                     "What was the child or young person's age at their first change of school", "How many times have they come to the attention",
                     "At what age was their first statutory EHC needs assessment", "At what age was their first EHC plan", "At what age was their first assessment",
                     "Have they been subject to a Child in Need plan", "If so, under which category", "Did they access Short Break provision", "How many schools have they attended",
                 })
        {
            var answer = Of(question);
            Assert.Equal(FrameworkAnswer.Unknown, answer.Answer);
            Assert.False(answer.Known);
            Assert.Null(answer.Number);
        }
        Assert.Contains("not loaded", Of("How many schools have they attended").Basis);
    }
}
