namespace JoinedUp.Provision.Map;

/// <summary>
/// A community service from an LA's service mapping return (table provision_service), kept by that LA.
/// </summary>
/// <param name="Id">The store's id (0 before it is stored).</param>
/// <param name="LaCode">DfE code of the LA whose return lists it.</param>
/// <param name="Capacity">Children it can support at a time.</param>
/// <param name="WaitingWeeks">The usual wait from referral to first support, in weeks.</param>
public sealed record CommunityService(
    long Id,
    string LaCode,
    string Service,
    string Kind,
    string Agency,
    string Eligibility,
    int MinAge,
    int MaxAge,
    bool DiagnosisRequired,
    int Capacity,
    int WaitingWeeks);
