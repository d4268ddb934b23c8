using System.Net;
using JoinedUp.Web.Accounts;
using JoinedUp.Web.Tests.Support;

namespace JoinedUp.Web.Tests.Http;

/// <summary>
/// Lockout that holds under attack (issue 11, item 3): parallel guesses get no more password checks than the limit, and
/// a made-up user name answers exactly as a real one does.
/// </summary>
public sealed class LockoutTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string NotRight = "The user name or password is not right.";
    private const string Locked = "This account is locked after too many failed attempts.";

    [Fact]
    public async Task Forty_parallel_wrong_passwords_get_no_more_checks_than_the_limit()
    {
        var accounts = new UserAccounts(app.Region.Store);
        var password = accounts.Create("race-target", "Race target", Roles.RegionalAnalyst, "London");
        // Each guess comes from its own client with its own form token, all sent at once.
        var guessers = Enumerable.Range(0, 40).Select(_ => new HttpVisitor(app.Address)).ToList();
        var answers = await Task.WhenAll(guessers.Select(async (g, i) =>
        {
            var response = await g.SignInAsync("race-target", "wrong-guess-" + i);
            return await response.Content.ReadAsStringAsync();
        }));
        guessers.ForEach(g => g.Dispose());

        // "not right" means the password was checked and failed; the attempt that reaches the limit says "locked".
        var checkedAndFailed = answers.Count(a => a.Contains(NotRight, StringComparison.Ordinal));
        Assert.True(checkedAndFailed < UserAccounts.MaxFailedSignIns, $"{checkedAndFailed} of 40 parallel guesses had their password checked");
        Assert.Equal(40 - checkedAndFailed, answers.Count(a => a.Contains(Locked, StringComparison.Ordinal)));

        using var owner = new HttpVisitor(app.Address);
        var right = await owner.SignInAsync("race-target", password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(Locked, await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_made_up_user_name_answers_exactly_as_a_real_one()
    {
        new UserAccounts(app.Region.Store).Create("real-person", "Real person", Roles.Director, "London");
        var real = await Answers("real-person");
        var madeUp = await Answers("made-up-person");
        Assert.Equal(real, madeUp);
        Assert.Equal([NotRight, NotRight, NotRight, NotRight, Locked, Locked, Locked], real);
    }

    private async Task<List<string>> Answers(string userName)
    {
        var answers = new List<string>();
        using var visitor = new HttpVisitor(app.Address);
        for (var i = 0; i < UserAccounts.MaxFailedSignIns + 2; i++)
        {
            var response = await visitor.SignInAsync(userName, "not-the-password-" + i);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            answers.Add(html.Contains(Locked, StringComparison.Ordinal) ? Locked : html.Contains(NotRight, StringComparison.Ordinal) ? NotRight : html);
        }
        return answers;
    }
}
