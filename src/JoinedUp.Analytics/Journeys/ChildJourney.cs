namespace JoinedUp.Analytics.Journeys;

/// <summary>
/// One linked child's journey in one LA: the child as the returns know them (every pseudonym linked to them, birth
/// month, sex, ethnicity), the facts of each return, and one timeline of dated events in date order with the escalation
/// points of seed 000 beside them. Identifiable (by pseudonym) and so shown only to the child's own LA.
/// </summary>
public sealed class ChildJourney
{
    public required string La { get; init; }

    /// <summary>The pseudonym the LA knows the child by: its child ID's (SSDA903, CIN census, the register) where there is one, else the UPN's.</summary>
    public required string Pseudonym { get; init; }

    /// <summary>Every pseudonym linked to this child (child ID and UPN based).</summary>
    public required IReadOnlyList<string> Pseudonyms { get; init; }

    /// <summary>The returns this child is in (ssda903, cin, sen2, snapshot, school).</summary>
    public required IReadOnlySet<string> Returns { get; init; }

    public DateOnly? BirthMonth { get; init; }
    public int? Sex { get; init; }
    public string? Ethnicity { get; init; }

    public IReadOnlyList<CareEpisodeFact> Episodes { get; init; } = [];
    public IReadOnlyList<CinReferralFact> Referrals { get; init; } = [];
    public IReadOnlyList<EhcRequestFact> EhcRequests { get; init; } = [];
    public IReadOnlyList<SenNeedFact> SenNeeds { get; init; } = [];
    public IReadOnlyList<ExclusionFact> Exclusions { get; init; } = [];
    public IReadOnlyList<AttendanceFact> Attendance { get; init; } = [];
    public IReadOnlyList<DsrRatingFact> DsrRatings { get; init; } = [];
    public IReadOnlyList<SnapshotFact> Snapshot { get; init; } = [];

    /// <summary>Every event in date order (events of one day in the order of <see cref="JourneyEventKind"/>).</summary>
    public required IReadOnlyList<JourneyEvent> Events { get; init; }

    /// <summary>Start of school, transfer at 11, post-16 and 18, from the birth month; none when it is unknown.</summary>
    public IReadOnlyList<EscalationPoint> EscalationPoints => BirthMonth is { } b ? EscalationPoint.For(b) : [];

    /// <summary>Age in completed years on a date, from the birth month (null when unknown).</summary>
    public int? AgeOn(DateOnly date)
    {
        if (BirthMonth is not { } born) return null;
        var age = date.Year - born.Year - (date.Month < born.Month ? 1 : 0);
        return age < 0 ? null : age;
    }

    /// <summary>The SEN types of the child's EHC plan in the latest SEN2 year on or before a year, highest rank first.</summary>
    public IReadOnlyList<string> SenTypesIn(int year)
    {
        var latest = SenNeeds.Where(n => n.Year <= year).Select(n => n.Year).DefaultIfEmpty(0).Max();
        return SenNeeds.Where(n => n.Year == latest).OrderBy(n => n.Rank).Select(n => n.SenType).Distinct().ToList();
    }

    /// <summary>When the child first entered residential or inpatient care after <paramref name="after"/> (SSDA903 placement K1, K2, R1, R2, S1, or a snapshot placement of those kinds).</summary>
    public DateOnly? FirstResidentialOrInpatient(DateOnly? after = null)
    {
        var dates = Episodes.Where(ResidentialCare.IsResidentialOrInpatient).Select(e => e.Start)
            .Concat(Snapshot.Where(p => ResidentialCare.IsSnapshotResidentialOrInpatient(p.PlacementType) && p.PlacementStart is not null).Select(p => p.PlacementStart!.Value))
            .Where(d => after is null || d > after);
        return dates.Any() ? dates.Min() : null;
    }
}
