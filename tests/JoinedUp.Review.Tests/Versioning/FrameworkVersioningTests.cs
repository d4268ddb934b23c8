using JoinedUp.Review.Access;
using JoinedUp.Review.Framework;
using JoinedUp.Review.Tests.Support;
using JoinedUp.TestSupport;

namespace JoinedUp.Review.Tests.Versioning;

/// <summary>Changing the framework makes a new version; a review keeps the questions and answers of the version it opened with.</summary>
public sealed class FrameworkVersioningTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Editing_the_framework_never_changes_a_past_reviews_questions_or_answers(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        var v1 = f.Reviews.CurrentFramework();
        Assert.Equal(1, v1.Version);
        Assert.Equal(7, v1.Definition.Areas.Count);

        var review = f.Reviews.Open(ReviewFixture.BarnetCommissioner, "Barnet 2026", Sector.SocialCare);
        Assert.Equal(1, review.FrameworkVersion);
        f.Reviews.Rate(ReviewFixture.BarnetCommissioner, review.Id, "1.1", 2, "A vision exists but parents were not part of it");
        f.Reviews.Rate(ReviewFixture.BarnetCommissioner, review.Id, "1.3", 3, "");
        f.Reviews.AddEvidence(ReviewFixture.BarnetCommissioner, review.Id, "1.1", "Vision signed by the board in March", null);
        f.Reviews.Agree(ReviewFixture.BarnetCommissioner, review.Id, "1.1", 2, "Parent carers were not involved");
        var before = f.Reviews.Get(ReviewFixture.BarnetCommissioner, review.Id);

        // An administrator rewrites statement 1.1, removes 1.3, adds a statement and renames a rating level.
        var old = v1.Definition;
        var area1 = old.Areas[0] with
        {
            Statements =
            [
                old.Areas[0].Statements[0] with { Text = "REWRITTEN: the vision is co-produced with young people." },
                old.Areas[0].Statements[1],
                new FrameworkStatement("1.4", "A new statement about the Local Offer.", "The Local Offer pages."),
            ],
        };
        var edited = old with
        {
            Scale = [old.Scale[0] with { Label = "Absent" }, .. old.Scale.Skip(1)],
            Areas = [area1, .. old.Areas.Skip(1)],
        };
        var v2 = f.Reviews.SaveFramework(ReviewFixture.Admin, 1, edited, "Statement 1.1 reworded; 1.3 removed; 1.4 added");
        Assert.Equal(2, v2.Version);

        // The past review still asks version 1's questions, with its answers, exactly as before.
        var after = f.Reviews.Get(ReviewFixture.BarnetCommissioner, review.Id);
        Assert.Equal(old.ToJson(), after.Framework.ToJson());
        Assert.Equal(before.Framework.ToJson(), after.Framework.ToJson());
        Assert.DoesNotContain("REWRITTEN", after.Framework.Statement("1.1")!.Text);
        Assert.NotNull(after.Framework.Statement("1.3"));
        Assert.Null(after.Framework.Statement("1.4"));
        Assert.Equal("Not in place", after.Framework.Level(1)!.Label);
        Assert.Equal(before.Ratings.OrderBy(r => r.StatementKey), after.Ratings.OrderBy(r => r.StatementKey));
        Assert.Equal(before.Agreed, after.Agreed);
        Assert.Equal(before.Evidence, after.Evidence);
        Assert.Equal(old.ToJson(), f.Reviews.Framework(1)!.Definition.ToJson());

        // It can still be answered on its own version (1.3), and not on the new one's statements (1.4).
        f.Reviews.Rate(ReviewFixture.BarnetCommissioner, review.Id, "1.3", 4, "");
        Assert.Equal("statement", Assert.Throws<ReviewRuleException>(() => f.Reviews.Rate(ReviewFixture.BarnetCommissioner, review.Id, "1.4", 2, "")).Rule);

        // A review opened now gets version 2.
        var next = f.Reviews.Open(ReviewFixture.NorthCentralLead, "North Central 2027", Sector.Health);
        Assert.Equal(2, next.FrameworkVersion);
        var nextDetail = f.Reviews.Get(ReviewFixture.NorthCentralLead, next.Id);
        Assert.StartsWith("REWRITTEN", nextDetail.Framework.Statement("1.1")!.Text);
        Assert.Null(nextDetail.Framework.Statement("1.3"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Only_administrators_edit_and_a_stale_or_broken_edit_changes_nothing(string engine)
    {
        using var f = new ReviewFixture(engine).WithAccounts();
        var v1 = f.Reviews.CurrentFramework();
        Assert.Throws<ReviewAccessDeniedException>(() => f.Reviews.SaveFramework(ReviewFixture.BarnetCommissioner, 1, v1.Definition, "mine"));
        var sixAreas = v1.Definition with { Areas = v1.Definition.Areas.Take(6).ToList() };
        Assert.Equal("framework-areas", Assert.Throws<ReviewRuleException>(() => f.Reviews.SaveFramework(ReviewFixture.Admin, 1, sixAreas, "six")).Rule);
        var blank = v1.Definition with { Areas = [v1.Definition.Areas[0] with { Statements = [v1.Definition.Areas[0].Statements[0] with { EvidenceExpected = " " }] }, .. v1.Definition.Areas.Skip(1)] };
        Assert.Contains("Statement 1.1: evidence expected", Assert.Throws<ReviewRuleException>(() => f.Reviews.SaveFramework(ReviewFixture.Admin, 1, blank, "blank")).Message);
        f.Reviews.SaveFramework(ReviewFixture.Admin, 1, v1.Definition, "same again");
        Assert.Equal("framework-stale", Assert.Throws<ReviewRuleException>(() => f.Reviews.SaveFramework(ReviewFixture.Admin, 1, v1.Definition, "late")).Rule);
        Assert.Equal([2, 1], f.Reviews.FrameworkVersions().Select(v => v.Version));
    }
}
