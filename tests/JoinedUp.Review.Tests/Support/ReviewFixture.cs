using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Review.Access;
using JoinedUp.Review.Evidence;
using JoinedUp.TestSupport;

namespace JoinedUp.Review.Tests.Support;

/// <summary>A fresh store, an evidence folder and the review library over London, with accounts the tests invite.</summary>
public sealed class ReviewFixture : IDisposable
{
    public const string Barnet = "302";
    public const string Enfield = "308";

    public ReviewFixture(string engine, EvidenceLimits? limits = null)
    {
        Store = TestStore.Open(engine);
        Evidence = new TempFolder();
        Reviews = new CommissioningReviews(Store.Store, Regions.London, new EvidenceFiles(Evidence.File("evidence")), limits);
    }

    public TestStore Store { get; }
    public TempFolder Evidence { get; }
    public CommissioningReviews Reviews { get; }

    public static ReviewUser BarnetCommissioner { get; } = new("barnet.commissioner", ReviewRoles.LaPractitioner, Barnet);
    public static ReviewUser BarnetSend { get; } = new("barnet.send", ReviewRoles.LaAnalyst, Barnet);
    public static ReviewUser NorthCentralLead { get; } = new("ncl.lead", ReviewRoles.IcsLead, "North Central London ICS");
    public static ReviewUser BarnetParentCarers { get; } = new("barnet.forum", ReviewRoles.ParentCarerRepresentative, Barnet);
    public static ReviewUser EnfieldCommissioner { get; } = new("enfield.commissioner", ReviewRoles.LaPractitioner, Enfield);
    public static ReviewUser Admin { get; } = new("admin", ReviewRoles.Administrator, "London");
    public static ReviewUser Regional { get; } = new("regional", ReviewRoles.RegionalAnalyst, "London");

    /// <summary>Adds the accounts (app_user rows) the lead can invite.</summary>
    public ReviewFixture WithAccounts()
    {
        using var connection = Store.Store.OpenConnection();
        foreach (var u in new[] { BarnetCommissioner, BarnetSend, NorthCentralLead, BarnetParentCarers, EnfieldCommissioner, Admin, Regional })
            connection.Execute(
                """
                INSERT INTO app_user (user_name, display_name, password_hash, role, organisation, failed_sign_ins, disabled, created_at)
                VALUES (@UserName, @UserName, 'x', @Role, @Organisation, 0, 0, '2026-01-01T00:00:00Z')
                """, u);
        return this;
    }

    public void Dispose()
    {
        Store.Dispose();
        Evidence.Dispose();
    }
}
