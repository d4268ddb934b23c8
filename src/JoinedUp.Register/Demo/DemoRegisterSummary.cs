namespace JoinedUp.Register.Demo;

/// <summary>What <see cref="DemoRegister.Seed"/> put on the register.</summary>
public sealed record DemoRegisterSummary(int Referrals, int Added, int NotAdded, int Waiting, int RatingChanges, int Reviews, int Cetrs, int Actions, int Exits, int Admissions)
{
    /// <summary>Steps of a child's story the register refused (none expected; each would stop that child's story there).</summary>
    public int Skipped { get; init; }

    public override string ToString() =>
        $"{Referrals} referrals ({Added} added, {NotAdded} not added, {Waiting} waiting for the DSR meeting), {RatingChanges} rating changes, {Reviews} reviews, {Cetrs} CETR/LAEP meetings, {Actions} actions, {Exits} exits, {Admissions} inpatient admissions";
}
