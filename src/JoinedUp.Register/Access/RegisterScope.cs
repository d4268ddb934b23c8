using JoinedUp.Domain.Geography;

namespace JoinedUp.Register.Access;

/// <summary>
/// What a user may see on the register, decided from role and organisation:
/// LA users every entry of their own LA (including entries whose consent was withdrawn);
/// ICS leads the entries of their footprint's LAs while consent stands;
/// regional analysts and directors only pseudonymised, protected regional figures;
/// administrators no register data at all.
/// </summary>
public sealed class RegisterScope
{
    private RegisterScope(RegisterUser user, IReadOnlyList<string> laCodes, bool seesWithdrawn, bool seesRegionalFigures)
    {
        User = user;
        LaCodes = laCodes;
        SeesWithdrawnConsent = seesWithdrawn;
        SeesRegionalFigures = seesRegionalFigures;
    }

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
                return new(user, [user.Organisation], seesWithdrawn: true, seesRegionalFigures: false);
            case RegisterRole.IcsLead:
                if (!region.Footprints.TryGetValue(user.Organisation, out var members))
                    throw new RegisterAccessDeniedException(user, $"'{user.Organisation}' is not an ICS footprint of region {region.Name}.");
                return new(user, members, seesWithdrawn: false, seesRegionalFigures: false);
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
