using JoinedUp.Domain.Geography;

namespace JoinedUp.Register.Access;

/// <summary>
/// What a user may see on the register, decided from role and organisation:
/// LA users every entry of their own LA (including entries whose consent was withdrawn);
/// ICS leads (the footprint's DSR coordinators) and health practitioners the entries of their footprint's LAs while consent stands;
/// SENCOs no entries, only the referrals they made for their school's LA;
/// LA users and ICS leads decide referrals and ratings, health practitioners and SENCOs refer;
/// regional analysts and directors only pseudonymised, protected regional figures;
/// administrators no register data at all.
/// </summary>
public sealed class RegisterScope
{
    private RegisterScope(RegisterUser user, IReadOnlyList<string> laCodes, bool seesWithdrawn, bool seesRegionalFigures,
        IReadOnlyList<string>? refersFor = null, bool decides = false)
    {
        User = user;
        LaCodes = laCodes;
        SeesWithdrawnConsent = seesWithdrawn;
        SeesRegionalFigures = seesRegionalFigures;
        RefersFor = refersFor ?? [];
        Decides = decides;
    }

    /// <summary>The LAs whose children this user may refer to the register (the LA, the footprint, the school's LA).</summary>
    public IReadOnlyList<string> RefersFor { get; }

    /// <summary>Whether this user decides at the DSR meeting: adds children, declines referrals, changes ratings (LA users and the ICS's DSR coordinator).</summary>
    public bool Decides { get; }

    /// <summary>The footprint this user's DSR meetings are for, or null.</summary>
    public string? Footprint { get; private init; }

    public RegisterUser User { get; }

    /// <summary>The LAs whose children this user may see entry by entry; empty for regional roles and administrators.</summary>
    public IReadOnlyList<string> LaCodes { get; }

    public bool SeesChildren => LaCodes.Count > 0;

    /// <summary>Only the responsible LA sees an entry after consent is withdrawn.</summary>
    public bool SeesWithdrawnConsent { get; }

    public bool SeesRegionalFigures { get; }

    public static RegisterScope For(RegisterUser user, Region region)
    {
        switch (user.Role)
        {
            case RegisterRole.LaAnalyst or RegisterRole.LaPractitioner:
                if (!region.Contains(user.Organisation))
                    throw new RegisterAccessDeniedException(user, $"LA {user.Organisation} is not a member of region {region.Name}.");
                return new(user, [user.Organisation], seesWithdrawn: true, seesRegionalFigures: false, [user.Organisation], decides: true)
                { Footprint = region.FootprintOf(user.Organisation) };
            case RegisterRole.IcsLead or RegisterRole.HealthPractitioner:
                if (!region.Footprints.TryGetValue(user.Organisation, out var members))
                    throw new RegisterAccessDeniedException(user, $"'{user.Organisation}' is not an ICS footprint of region {region.Name}.");
                return new(user, members, seesWithdrawn: false, seesRegionalFigures: false, members, decides: user.Role == RegisterRole.IcsLead)
                { Footprint = user.Organisation };
            case RegisterRole.EducationSenco:
                if (!region.Contains(user.Organisation))
                    throw new RegisterAccessDeniedException(user, $"LA {user.Organisation} is not a member of region {region.Name}.");
                return new(user, [], seesWithdrawn: false, seesRegionalFigures: false, [user.Organisation]) { Footprint = region.FootprintOf(user.Organisation) };
            case RegisterRole.RegionalAnalyst or RegisterRole.Director:
                return new(user, [], seesWithdrawn: false, seesRegionalFigures: true);
            default:
                return new(user, [], seesWithdrawn: false, seesRegionalFigures: false);
        }
    }

    /// <summary>Whether this user may see (and so work on) an entry of this LA with this consent state.</summary>
    public bool CanSee(string laCode, bool consentWithdrawn) =>
        LaCodes.Contains(laCode) && (!consentWithdrawn || SeesWithdrawnConsent);
}
