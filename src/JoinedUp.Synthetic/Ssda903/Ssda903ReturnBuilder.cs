using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Ssda903;

/// <summary>
/// Cuts one collection year out of an LA's children: every child looked after at any time from 1 April to 31 March,
/// with each episode open at any time in it (DEC, REC and reason for placement change left blank while the episode is
/// still open on 31 March), and the care leavers due an OC3 row (in the header too).
/// </summary>
internal static class Ssda903ReturnBuilder
{
    public static Ssda903Return Build(LocalAuthorityCohort cohort, int year)
    {
        var periodStart = new DateOnly(year - 1, 4, 1);
        var periodEnd = new DateOnly(year, 3, 31);
        var children = new List<SyntheticChild>();
        var header = new List<HeaderRow>();
        var episodes = new List<EpisodeRow>();
        var leavers = new List<SyntheticChild>();
        foreach (var child in cohort.Children)
        {
            var inYear = false;
            foreach (var episode in child.EpisodesOpenBetween(periodStart, periodEnd))
            {
                inYear = true;
                var open = episode.End is null || episode.End.Value > periodEnd;
                episodes.Add(new EpisodeRow
                {
                    Child = child.ChildId,
                    Start = episode.Start,
                    ReasonNewEpisode = episode.ReasonNewEpisode,
                    LegalStatus = episode.LegalStatus,
                    CategoryOfNeed = episode.CategoryOfNeed,
                    PlacementType = episode.PlacementType,
                    PlacementProvider = episode.PlacementProvider,
                    End = open ? null : episode.End,
                    ReasonEpisodeCeased = open ? null : episode.ReasonEpisodeCeased,
                    ReasonPlacementChange = open ? null : episode.ReasonPlacementChange,
                    HomePostcode = episode.HomePostcode,
                    PlacementPostcode = episode.PlacementPostcode,
                    Urn = episode.Urn,
                });
            }
            if (inYear)
            {
                children.Add(child);
                header.Add(HeaderFor(child, periodEnd));
            }
            else if (IsDueOc3(child, periodStart, periodEnd))
            {
                // A care leaver due an OC3 row is in the header too (the DfE's rule INT06).
                leavers.Add(child);
                header.Add(HeaderFor(child, periodEnd, careLeaver: true));
            }
        }
        return new Ssda903Return { LaCode = cohort.LocalAuthority.DfeCode, Year = year, Children = children, CareLeavers = leavers, Header = header, Episodes = episodes };
    }

    /// <summary>The child's header row; a care leaver not looked after in the year has no motherhood details (DfE rule 628).</summary>
    private static HeaderRow HeaderFor(SyntheticChild child, DateOnly periodEnd, bool careLeaver = false)
    {
        var mother = child.Sex == 2 && child.ChildOfMotherBorn is { } born && born <= periodEnd;
        return new HeaderRow
        {
            Child = child.ChildId,
            Sex = child.Sex,
            DateOfBirth = child.DateOfBirth,
            Ethnicity = child.Ethnicity,
            Upn = child.Upn,
            Mother = child.Sex == 2 && !careLeaver ? (mother ? "1" : "0") : null,
            ChildOfMotherBorn = mother && !careLeaver ? child.ChildOfMotherBorn : null,
        };
    }

    /// <summary>Looked after on their 16th birthday, left care, and a 17th to 21st birthday in the period.</summary>
    private static bool IsDueOc3(SyntheticChild child, DateOnly periodStart, DateOnly periodEnd)
    {
        if (child.LastLeftCare is not { } left || !child.IsLookedAfterOn(child.DateOfBirth.AddYears(16))) return false;
        for (var age = 17; age <= 21; age++)
        {
            var birthday = child.DateOfBirth.AddYears(age);
            if (birthday >= periodStart && birthday <= periodEnd && left <= birthday) return true;
        }
        return false;
    }
}
