using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Reviews;

/// <summary>
/// How often an entry is reviewed at each rating. Defaults: red weekly, amber monthly, green six-monthly (182 days, the
/// seed's six-monthly review on an integrated pathway entered at green); a region configures its own, kept in the store
/// (<see cref="DynamicSupportRegister.SetReviewCadence"/>).
/// </summary>
public sealed record ReviewCadence(int RedDays = 7, int AmberDays = 30, int GreenDays = 182)
{
    public static ReviewCadence Default { get; } = new();

    public int DaysFor(RagRating rating) => rating switch
    {
        RagRating.Red => RedDays,
        RagRating.Amber => AmberDays,
        _ => GreenDays,
    };

    public DateOnly NextDue(RagRating rating, DateOnly from) => from.AddDays(DaysFor(rating));

    public void Validate()
    {
        if (RedDays < 1 || AmberDays < 1 || GreenDays < 1)
            throw new ArgumentException("Review cadence must be at least one day at every rating.");
        if (!(RedDays <= AmberDays && AmberDays <= GreenDays))
            throw new ArgumentException($"Review cadence must be at least as frequent at red as at amber, and at amber as at green (red {RedDays}, amber {AmberDays}, green {GreenDays} days).");
    }
}
