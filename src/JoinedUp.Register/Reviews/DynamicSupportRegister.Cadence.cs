using Dapper;
using JoinedUp.Register.Access;
using JoinedUp.Register.Auditing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Reviews;

namespace JoinedUp.Register;

public sealed partial class DynamicSupportRegister
{
    /// <summary>
    /// Sets the region's review cadence (days between reviews at each rating), kept in the store. For the region's
    /// analysts and administrators. Reviews already scheduled keep their dates; the new cadence applies from the next
    /// review, rating change or entry. Audited.
    /// </summary>
    public ReviewCadence SetReviewCadence(RegisterUser user, ReviewCadence cadence)
    {
        using var connection = _store.OpenConnection();
        if (user.Role is not (RegisterRole.RegionalAnalyst or RegisterRole.Administrator) || user.Organisation != Region.Name)
            Deny(connection, user, "dsr.cadence.set", "dsr:cadence", "The region's analysts and administrators set the review cadence.");
        try
        {
            cadence.Validate();
        }
        catch (ArgumentException e)
        {
            throw new RegisterRuleException("cadence-invalid", e.Message);
        }
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM dsr_review_cadence", transaction: transaction);
        foreach (var rating in RagRatings.All)
            connection.Execute("INSERT INTO dsr_review_cadence (rating, days, changed_at, changed_by) VALUES (@rating, @days, @at, @by)",
                new { rating = rating.Code(), days = cadence.DaysFor(rating), at = Now, by = user.UserName }, transaction);
        var detail = $"red {cadence.RedDays}, amber {cadence.AmberDays}, green {cadence.GreenDays} days";
        RegisterAudit.Write(connection, transaction, user, Now, "dsr.cadence.set", "dsr:cadence", AuditOutcome.Allowed, detail);
        transaction.Commit();
        _cadence = cadence;
        return cadence;
    }

    /// <summary>The cadence the region stored, or null (also before the store has the table).</summary>
    private ReviewCadence? StoredCadence()
    {
        try
        {
            using var connection = _store.OpenConnection();
            var days = connection.Query<(string Rating, long Days)>("SELECT rating, days FROM dsr_review_cadence")
                .ToDictionary(r => r.Rating, r => (int)r.Days);
            if (!(days.TryGetValue("red", out var red) && days.TryGetValue("amber", out var amber) && days.TryGetValue("green", out var green))) return null;
            return new ReviewCadence(red, amber, green);
        }
        catch (System.Data.Common.DbException)
        {
            return null;
        }
    }
}
