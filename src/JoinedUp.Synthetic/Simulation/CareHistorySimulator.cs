using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// Simulates one LA's looked-after children: entries through the years (from well before the first collection year,
/// so the population is in a steady state), each child's periods of care with legal status changes, placement moves,
/// exits and re-entries, reviews and missing episodes. One System.Random per LA, so the result depends only on the
/// options and the LA. Keeps the children looked after at any time in the collection years, and care leavers aged 16 or
/// more at leaving in the five years before (for OC3).
/// </summary>
internal sealed class CareHistorySimulator
{
    /// <summary>
    /// Average years looked after per entry into care (re-entries included) for the route mix below; entries a year
    /// are the target number looked after divided by this, calibrated so the census-date count matches the target.
    /// </summary>
    internal const double MeanYearsInCarePerEntry = 2.63;

    /// <summary>Share of entries that are unaccompanied asylum-seeking children, before the LA's weighting.</summary>
    internal const double UascShareOfEntries = 0.10;

    private static readonly (string, double)[] CategoriesOfNeed =
        [("N1", 62), ("N2", 3), ("N3", 4), ("N4", 8), ("N5", 15), ("N6", 2), ("N7", 0.3), ("N8", 5)];

    private static readonly (string, double)[] PlacementChangeReasons =
        [("CARPL", 35), ("CREQB", 12), ("CREQO", 10), ("CHILD", 8), ("LAREQ", 8), ("CLOSE", 3), ("ALLEG", 3), ("STAND", 3), ("APPRR", 2), ("OTHER", 16)];

    private readonly LocalAuthority _la;
    private readonly Region _region;
    private readonly SyntheticRegionOptions _options;
    private readonly Random _rng;
    private readonly PlacementChooser _chooser;
    private readonly DateOnly _windowStart;
    private readonly DateOnly _windowEnd;
    private readonly DateOnly _keepLeaversFrom;
    private readonly HashSet<string> _childIds = [];
    private readonly int _childIdDigits;
    private readonly double _targetStock;

    public CareHistorySimulator(LocalAuthority la, SyntheticRegionOptions options)
    {
        _la = la;
        _region = options.Region;
        _options = options;
        _rng = SeedMixer.RandomFor(options.Seed, "care-history", la.DfeCode);
        _windowStart = new DateOnly(options.FirstYear - 1, 4, 1);
        _windowEnd = new DateOnly(options.LastYear, 3, 31);
        _keepLeaversFrom = _windowStart.AddYears(-5);
        _childIdDigits = 6 + _rng.Next(5);
        _targetStock = LookedAfterPopulation.TargetStock(la.DfeCode, options.Scale);
        var homes = new ChildrensHomes(la, _region, Math.Max(4, (int)(_targetStock / 12)), _rng);
        _chooser = new PlacementChooser(la, _region, homes, _rng);
    }

    public LocalAuthorityCohort Simulate()
    {
        var simulationStart = _windowStart.AddYears(-18);
        var totalDays = _windowEnd.DayNumber - simulationStart.DayNumber + 1;
        var entries = _rng.RoundStochastic(_targetStock / MeanYearsInCarePerEntry * totalDays / 365.25);
        var entryDays = new int[entries];
        for (var i = 0; i < entries; i++) entryDays[i] = simulationStart.DayNumber + _rng.Next(totalDays);
        Array.Sort(entryDays);

        var uascShare = Math.Min(0.6, UascShareOfEntries * LookedAfterPopulation.UascWeight(_la.DfeCode));
        var children = new List<SyntheticChild>();
        foreach (var day in entryDays)
        {
            var entry = DateOnly.FromDayNumber(day);
            var uasc = _rng.Chance(uascShare);
            var ageDays = uasc ? UascAgeInDays() : AgeAtEntryInDays();
            var dob = entry.AddDays(-ageDays);
            if (dob.AddYears(18) < _keepLeaversFrom) continue; // cannot reach the years kept
            var child = NewChild(dob, entry, uasc);
            if (IsShortBreakChild(child, entry)) BuildShortBreaks(child, entry);
            else BuildCareHistory(child, entry);
            if (Keep(child)) children.Add(child);
            else _childIds.Remove(child.ChildId);
        }
        return new LocalAuthorityCohort(_la, children);
    }

    private bool Keep(SyntheticChild child)
    {
        if (child.Episodes.Count == 0) return false;
        var left = child.LastLeftCare;
        if (left is null || left.Value >= _windowStart) return true;
        return left.Value >= _keepLeaversFrom && child.AgeOn(left.Value) >= 16;
    }

    private int AgeAtEntryInDays()
    {
        var (from, to) = _rng.Weighted<(int, int)>([((0, 0), 20), ((1, 4), 15), ((5, 9), 16), ((10, 15), 36), ((16, 17), 13)]);
        return _rng.Next(from * 365, to * 365 + 364);
    }

    private int UascAgeInDays()
    {
        var years = _rng.Weighted<int>([(13, 2), (14, 6), (15, 12), (16, 38), (17, 42)]);
        return _rng.Next(years * 365, years * 365 + 360);
    }

    private SyntheticChild NewChild(DateOnly dob, DateOnly entry, bool uasc)
    {
        string id;
        var low = (long)Math.Pow(10, _childIdDigits - 1);
        do { id = (low + (long)(_rng.NextDouble() * low * 9)).ToString(); } while (!_childIds.Add(id));
        var sex = uasc ? (_rng.Chance(0.93) ? 1 : 2) : (_rng.Chance(0.56) ? 1 : 2);
        var upn = UniquePupilNumbers.Create(_la.DfeCode, uasc ? entry.Year : dob.Year + 5, _rng);
        var child = new SyntheticChild(id, upn, sex, dob, EthnicityMix.Draw(uasc, _rng), uasc, PostcodeDistricts.HomePostcode(_la, _rng))
        {
            Needs = DrawNeeds(dob, entry, sex, uasc),
        };
        var previous = _rng.Weighted<string>([("Z1", 94.5), ("P1", 1.5), ("P2", 3), ("P3", 1)]);
        if (previous != "Z1" && !uasc && entry.DayNumber - dob.DayNumber > 400)
        {
            var order = dob.AddDays(_rng.Next(200, entry.DayNumber - dob.DayNumber - 100));
            child.PreviousPermanence = new PreviousPermanence(previous, _region.Members[_rng.Next(_region.Members.Count)].DfeCode, order);
        }
        return child;
    }

    private SpecialEducationalNeeds DrawNeeds(DateOnly dob, DateOnly entry, int sex, bool uasc)
    {
        if (!_rng.Chance(uasc ? 0.2 : 0.55)) return SpecialEducationalNeeds.None;
        var boy = sex == 1;
        (string, double)[] weights =
        [
            (SenType.SocialEmotionalMentalHealth, 38), (SenType.Autism, boy ? 18 : 8), (SenType.ModerateLearningDifficulty, 12),
            (SenType.SpeechLanguageCommunication, 13), (SenType.SevereLearningDifficulty, 4), (SenType.SpecificLearningDifficulty, 5),
            (SenType.ProfoundMultipleLearningDifficulty, 1), (SenType.PhysicalDisability, 3), (SenType.Other, 6),
        ];
        var primary = _rng.Weighted(weights);
        string? secondary = null;
        if (_rng.Chance(0.4))
        {
            secondary = _rng.Weighted(weights);
            if (secondary == primary) secondary = null;
        }
        var ehcp = _rng.Chance(primary is SenType.Autism or SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty ? 0.85 : 0.45);
        DateOnly? start = ehcp ? dob.AddDays(_rng.Next(3 * 365, 12 * 365)) : null;
        _ = entry;
        return new SpecialEducationalNeeds(primary, secondary, ehcp, start);
    }

    private bool IsShortBreakChild(SyntheticChild child, DateOnly entry)
    {
        var age = child.AgeOn(entry);
        return !child.IsUasc && age is >= 5 and <= 15 && child.Needs.HasEhcPlan
            && child.Needs.PrimaryNeed is SenType.Autism or SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty
            && _rng.Chance(0.3);
    }

    private void BuildShortBreaks(SyntheticChild child, DateOnly entry)
    {
        var last = Min(child.EighteenthBirthday.AddDays(-7), entry.AddDays(_rng.Next(365, 5 * 365)));
        for (var start = entry; start <= last && start <= _windowEnd; start = start.AddDays(_rng.Next(25, 46)))
        {
            var end = start.AddDays(_rng.Next(2, 5));
            var placement = _chooser.Choose(child, child.AgeOn(start), "V3", PlacementPurpose.ShortBreak);
            child.Episodes.Add(NewEpisode(child, start, "S", "V3", "N2", placement, end <= _windowEnd ? end : null, end <= _windowEnd ? "E8" : null));
            if (end > _windowEnd) break;
        }
    }

    private void BuildCareHistory(SyntheticChild child, DateOnly firstStart)
    {
        var start = firstStart;
        while (true)
        {
            var end = BuildPeriod(child, start);
            if (end is null) return;
            var rec = child.Episodes[^1].ReasonEpisodeCeased;
            if (rec is not ("E4A" or "E4B" or "E13" or "E8") || child.AgeOn(end.Value) >= 16 || !_rng.Chance(0.14)) return;
            start = end.Value.AddDays(_rng.Next(30, 900));
            if (start > _windowEnd || start >= child.EighteenthBirthday.AddDays(-60)) return;
        }
    }

    /// <summary>Builds one period of care from its start; returns the date care ended, or null when still looked after at the end of the last year.</summary>
    private DateOnly? BuildPeriod(SyntheticChild child, DateOnly start)
    {
        var age = child.AgeOn(start);
        var eighteenth = child.EighteenthBirthday;
        var categoryOfNeed = child.IsUasc ? "N8"
            : child.Needs.PrimaryNeed is SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty && _rng.Chance(0.5) ? "N2"
            : _rng.Weighted(CategoriesOfNeed);
        var route = child.IsUasc ? CareRoute.Unaccompanied : ChooseRoute(age);

        var legalStatuses = new List<(DateOnly Date, string Status)>();
        DateOnly? adoptionPlacement = null;
        DateOnly end;
        string? reason = null;
        var finalHearing = start.AddDays(_rng.Next(180, 331));

        switch (route)
        {
            case CareRoute.Adoption:
                StartUnderCareProceedings(legalStatuses, start);
                legalStatuses.Add((finalHearing, _rng.Chance(0.02) ? "D1" : "E1"));
                adoptionPlacement = finalHearing.AddDays(_rng.Next(60, 271));
                end = adoptionPlacement.Value.AddDays(_rng.Next(100, 301));
                reason = _rng.Chance(0.7) ? "E11" : "E12";
                break;
            case CareRoute.SpecialGuardianship:
                StartUnderCareProceedings(legalStatuses, start);
                legalStatuses.Add((finalHearing, "C2"));
                end = finalHearing.AddDays(_rng.Next(30, 501));
                reason = _rng.Weighted<string>([("E45", 30), ("E46", 35), ("E47", 8), ("E48", 12), ("E41", 3)]);
                break;
            case CareRoute.ReturnHome:
                {
                    var duration = 3 + (int)Math.Min(3 * 365, _rng.Exponential(170));
                    end = start.AddDays(duration);
                    if (_rng.Chance(0.5))
                    {
                        if (_rng.Chance(0.25)) legalStatuses.Add((start, _rng.Chance(0.5) ? "L1" : "L2"));
                        legalStatuses.Add((legalStatuses.Count > 0 ? start.AddDays(ProtectionDays(legalStatuses[0].Item2, _rng.Next(1, 9))) : start, "V2"));
                    }
                    else
                    {
                        StartUnderCareProceedings(legalStatuses, start);
                        if (end > finalHearing) legalStatuses.Add((finalHearing, "C2"));
                    }
                    reason = _rng.Weighted<string>([("E4A", 70), ("E4B", 8), ("E13", 17), ("E8", 5)]);
                    break;
                }
            case CareRoute.LongTerm:
                if (_rng.Chance(age >= 13 ? 0.45 : 0.2)) legalStatuses.Add((start, "V2"));
                else
                {
                    StartUnderCareProceedings(legalStatuses, start);
                    legalStatuses.Add((finalHearing, "C2"));
                }
                end = eighteenth;
                if (_rng.Chance(0.3) && eighteenth.DayNumber - start.DayNumber > 400)
                {
                    end = start.AddDays(_rng.Next(365, eighteenth.DayNumber - start.DayNumber));
                    reason = _rng.Weighted<string>([("E4A", 35), ("E13", 20), ("E8", 15), ("E45", 20)]);
                    if (child.AgeOn(end) >= 16 && _rng.Chance(0.3)) reason = "E5";
                }
                break;
            case CareRoute.Remand:
                legalStatuses.Add((start, _rng.Chance(0.9) ? "J1" : "J2"));
                end = start.AddDays(_rng.Next(14, 151));
                reason = _rng.Chance(0.75) ? "E14" : "E9";
                break;
            default: // Unaccompanied
                legalStatuses.Add((start, "V2"));
                end = eighteenth;
                if (_rng.Chance(0.04))
                {
                    end = start.AddDays(_rng.Next(30, 201));
                    reason = "E15";
                }
                else if (_rng.Chance(0.1) && eighteenth.DayNumber - start.DayNumber > 60)
                {
                    end = start.AddDays(_rng.Next(30, eighteenth.DayNumber - start.DayNumber));
                    reason = "E8";
                }
                break;
        }

        if (end >= eighteenth) { end = eighteenth; reason = null; }
        if (end <= start) end = start.AddDays(1);
        var stop = end <= _windowEnd ? end : _windowEnd.AddDays(1);
        var episodes = BuildEpisodes(child, start, stop, categoryOfNeed, legalStatuses, adoptionPlacement);
        var last = episodes[^1];
        if (end <= _windowEnd)
        {
            last.End = end;
            last.ReasonEpisodeCeased = reason ?? ReasonAtEighteen(child, last.PlacementType);
        }
        child.Episodes.AddRange(episodes);
        if (route == CareRoute.Adoption) RecordAdoption(child, start, finalHearing, adoptionPlacement!.Value, episodes);
        AddReviews(child, start, stop);
        AddMissingEpisodes(child, start, stop, end <= _windowEnd);
        if (child.Sex == 2 && child.ChildOfMotherBorn is null && _rng.Chance(0.03))
        {
            var from = Max(start, child.DateOfBirth.AddYears(15));
            if (from < stop) child.ChildOfMotherBorn = from.AddDays(_rng.Next(stop.DayNumber - from.DayNumber));
        }
        return end <= _windowEnd ? end : null;
    }

    private CareRoute ChooseRoute(int age) => age switch
    {
        < 1 => _rng.Weighted<CareRoute>([(CareRoute.Adoption, 35), (CareRoute.SpecialGuardianship, 17), (CareRoute.ReturnHome, 33), (CareRoute.LongTerm, 15)]),
        < 5 => _rng.Weighted<CareRoute>([(CareRoute.Adoption, 18), (CareRoute.SpecialGuardianship, 17), (CareRoute.ReturnHome, 40), (CareRoute.LongTerm, 25)]),
        < 10 => _rng.Weighted<CareRoute>([(CareRoute.Adoption, 2), (CareRoute.SpecialGuardianship, 15), (CareRoute.ReturnHome, 45), (CareRoute.LongTerm, 38)]),
        < 14 => _rng.Weighted<CareRoute>([(CareRoute.SpecialGuardianship, 5), (CareRoute.ReturnHome, 52), (CareRoute.LongTerm, 40), (CareRoute.Remand, 3)]),
        < 16 => _rng.Weighted<CareRoute>([(CareRoute.SpecialGuardianship, 2), (CareRoute.ReturnHome, 55), (CareRoute.LongTerm, 38), (CareRoute.Remand, 5)]),
        _ => _rng.Weighted<CareRoute>([(CareRoute.ReturnHome, 45), (CareRoute.LongTerm, 50), (CareRoute.Remand, 5)]),
    };

    /// <summary>Interim care order (C1), sometimes after police protection (L1) or an emergency protection order (L2), or after a spell under section 20 (V2).</summary>
    private void StartUnderCareProceedings(List<(DateOnly, string)> legalStatuses, DateOnly start)
    {
        var roll = _rng.NextDouble();
        if (roll < 0.12)
        {
            var protection = _rng.Chance(0.5) ? "L1" : "L2";
            legalStatuses.Add((start, protection));
            legalStatuses.Add((start.AddDays(ProtectionDays(protection, _rng.Next(1, 9))), "C1"));
        }
        else if (roll < 0.22)
        {
            legalStatuses.Add((start, "V2"));
            legalStatuses.Add((start.AddDays(_rng.Next(20, 91)), "C1"));
        }
        else legalStatuses.Add((start, "C1"));
    }

    /// <summary>
    /// Days under police protection (L1: at most 72 hours, DfE rule 361) or an emergency protection order (L2: up to
    /// 8 days), from a draw of 1 to 8 days so that the random stream is the same for both.
    /// </summary>
    private static int ProtectionDays(string status, int drawn) => status == "L1" ? 1 + (drawn - 1) % 3 : drawn;

    private List<CareEpisode> BuildEpisodes(SyntheticChild child, DateOnly start, DateOnly stop, string categoryOfNeed,
        List<(DateOnly Date, string Status)> legalStatuses, DateOnly? adoptionPlacement)
    {
        var legalChanges = new SortedDictionary<DateOnly, string>();
        foreach (var (date, status) in legalStatuses)
            if (date > start && date < stop) legalChanges[date] = status;
        var moves = new SortedSet<DateOnly>();
        var moveUntil = adoptionPlacement is { } a && a < stop ? a : stop;
        if (adoptionPlacement is { } ap && ap > start && ap < stop) moves.Add(ap);
        var remand = legalStatuses[0].Status is "J1" or "J2";
        var t = start;
        if (_rng.Chance(0.25)) t = start.AddDays(_rng.Next(2, 31)); // an emergency first placement
        else t = t.AddDays(1 + (int)_rng.Exponential(365 / MoveRate(child.AgeOn(start), remand)));
        while (t < moveUntil)
        {
            moves.Add(t);
            t = t.AddDays(1 + (int)_rng.Exponential(365 / MoveRate(child.AgeOn(t), remand)));
        }

        var boundaries = new SortedSet<DateOnly>(legalChanges.Keys);
        boundaries.UnionWith(moves);
        var legalStatus = legalStatuses[0].Status;
        var placement = _chooser.Choose(child, child.AgeOn(start), legalStatus, PurposeOn(start, legalStatus, adoptionPlacement));
        var episodes = new List<CareEpisode>(boundaries.Count + 1);
        var current = NewEpisode(child, start, "S", legalStatus, categoryOfNeed, placement, null, null);
        episodes.Add(current);
        foreach (var date in boundaries)
        {
            var statusChanged = legalChanges.TryGetValue(date, out var newStatus) && newStatus != legalStatus;
            var placementChanged = moves.Contains(date);
            if (!statusChanged && !placementChanged) continue;
            if (statusChanged) legalStatus = newStatus!;
            if (placementChanged)
                placement = _chooser.Choose(child, child.AgeOn(date), legalStatus, PurposeOn(date, legalStatus, adoptionPlacement));
            current.End = date;
            current.ReasonEpisodeCeased = "X1";
            if (placementChanged) current.ReasonPlacementChange = _rng.Weighted(PlacementChangeReasons);
            var rne = statusChanged && placementChanged ? "T" : statusChanged ? "L" : "P";
            current = NewEpisode(child, date, rne, legalStatus, categoryOfNeed, placement, null, null);
            episodes.Add(current);
        }
        return episodes;
    }

    private static PlacementPurpose PurposeOn(DateOnly date, string legalStatus, DateOnly? adoptionPlacement)
    {
        if (adoptionPlacement is null) return PlacementPurpose.Care;
        if (date >= adoptionPlacement.Value && legalStatus is "E1" or "D1") return PlacementPurpose.Adoption;
        return PlacementPurpose.FosteringBeforeAdoption;
    }

    private static double MoveRate(int age, bool remand) => remand ? 0.5 : age switch { < 5 => 0.55, < 10 => 0.6, < 16 => 1.0, _ => 1.15 };

    private static CareEpisode NewEpisode(SyntheticChild child, DateOnly start, string rne, string legalStatus, string categoryOfNeed,
        Placement placement, DateOnly? end, string? reasonCeased) => new()
        {
            Start = start,
            End = end,
            ReasonNewEpisode = rne,
            LegalStatus = legalStatus,
            CategoryOfNeed = categoryOfNeed,
            PlacementType = placement.Type,
            PlacementProvider = placement.Provider,
            ReasonEpisodeCeased = reasonCeased,
            HomePostcode = child.HomePostcode,
            PlacementPostcode = placement.Postcode,
            HostAuthority = placement.HostAuthority,
            Urn = placement.Urn,
            CostClass = placement.CostClass,
            WeeklyCost = placement.WeeklyCost,
        };

    private string ReasonAtEighteen(SyntheticChild child, string placementType)
    {
        if (placementType.StartsWith('U')) return _rng.Weighted<string>([("E17", 45), ("E5", 25), ("E6", 15), ("E8", 15)]);
        if (placementType is "K2" or "S1" or "R1" or "R2" && child.Needs.PrimaryNeed is SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty or SenType.Autism)
            return _rng.Chance(0.5) ? "E7" : "E5";
        if (placementType is "H5" or "P2") return _rng.Weighted<string>([("E5", 60), ("E6", 30), ("E8", 10)]);
        return _rng.Weighted<string>([("E5", 40), ("E6", 20), ("E8", 40)]);
    }

    private void RecordAdoption(SyntheticChild child, DateOnly start, DateOnly finalHearing, DateOnly placed, List<CareEpisode> episodes)
    {
        var decision = Max(start.AddDays(1), finalHearing.AddDays(-_rng.Next(10, 61)));
        var match = Max(finalHearing, placed.AddDays(-_rng.Next(14, 61)));
        var fosterCarers = episodes.Any(e => e.PlacementType is "A3" or "A5");
        var (count, sexes, status) = _rng.Weighted<(int, string, string)>(
            [((2, "MF", "L11"), 62), ((2, "MF", "L2"), 10), ((2, "FF", "L12"), 8), ((2, "MM", "L12"), 6), ((1, "F1", "L0"), 12), ((1, "M1", "L0"), 2)]);
        child.Adoption = new AdoptionDetails(decision, match, fosterCarers, count, sexes, status);
    }

    private void AddReviews(SyntheticChild child, DateOnly start, DateOnly stop)
    {
        var date = start.AddDays(20);
        var n = 0;
        while (date < stop)
        {
            var code = child.AgeOn(date) < 4 ? "PN0" : _rng.Weighted<string>([("PN1", 55), ("PN2", 8), ("PN3", 5), ("PN4", 10), ("PN5", 12), ("PN6", 7), ("PN7", 3)]);
            child.Reviews.Add(new ChildReview(date, code));
            date = n++ == 0 ? date.AddMonths(3) : date.AddMonths(6);
        }
    }

    private void AddMissingEpisodes(SyntheticChild child, DateOnly start, DateOnly stop, bool leftCare)
    {
        var from = Max(start, child.DateOfBirth.AddYears(10));
        if (from >= stop) return;
        var perYear = child.AgeOn(from) >= 12 ? (_rng.Chance(0.35) ? 3.0 : 0.0) : (_rng.Chance(0.04) ? 1.0 : 0.0);
        if (perYear == 0) return;
        var t = from.AddDays((int)_rng.Exponential(365 / perYear));
        while (t < stop)
        {
            var length = (int)_rng.Exponential(1.5);
            var end = t.AddDays(length);
            DateOnly? recorded = end;
            if (end >= stop)
            {
                if (leftCare) end = stop.AddDays(-1);
                recorded = leftCare ? end : null;
            }
            child.MissingEpisodes.Add(new MissingEpisode(_rng.Chance(0.75) ? "M" : "A", t, recorded));
            if (recorded is null) break;
            t = recorded.Value.AddDays(1 + (int)_rng.Exponential(365 / perYear));
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
