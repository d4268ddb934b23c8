namespace JoinedUp.Synthetic.Children;

/// <summary>
/// One synthetic child known to an LA's children's services, with everything the return writers need:
/// identity (LA-local child ID and UPN, kept across years), characteristics, special educational needs,
/// every episode of care in date order, statutory reviews, missing or away episodes and adoption details.
/// Writers for SSDA903, the CIN census, SEN2 and the placements snapshot all read this one model.
/// </summary>
public sealed class SyntheticChild
{
    public SyntheticChild(string childId, string upn, int sex, DateOnly dateOfBirth, string ethnicity, bool isUasc, string homePostcode)
    {
        ChildId = childId;
        Upn = upn;
        Sex = sex;
        DateOfBirth = dateOfBirth;
        Ethnicity = ethnicity;
        IsUasc = isUasc;
        HomePostcode = homePostcode;
    }

    /// <summary>The LA's own child identifier (SSDA903 CHILD), 6 to 10 digits, unique within the LA.</summary>
    public string ChildId { get; }

    /// <summary>Unique pupil number (13 characters with a valid check letter) or a UN code where none is known.</summary>
    public string Upn { get; }

    /// <summary>1 male, 2 female (SSDA903 SEX).</summary>
    public int Sex { get; }

    public DateOnly DateOfBirth { get; }

    /// <summary>DfE ethnicity code, e.g. WBRI, BAFR, MWBC.</summary>
    public string Ethnicity { get; }

    /// <summary>Unaccompanied asylum-seeking child.</summary>
    public bool IsUasc { get; }

    /// <summary>Date UASC status ceased (the 18th birthday); null for children who are not UASC.</summary>
    public DateOnly? UascCeased => IsUasc ? DateOfBirth.AddYears(18) : null;

    /// <summary>Full postcode of the family home (synthetic inward part).</summary>
    public string HomePostcode { get; }

    /// <summary>Special educational needs: primary and secondary need and EHC plan.</summary>
    public SpecialEducationalNeeds Needs { get; set; } = SpecialEducationalNeeds.None;

    /// <summary>Whether the child is a mother (SSDA903 MOTHER), and the date of birth of her child.</summary>
    public DateOnly? ChildOfMotherBorn { get; set; }

    public List<CareEpisode> Episodes { get; } = [];

    public List<ChildReview> Reviews { get; } = [];

    public List<MissingEpisode> MissingEpisodes { get; } = [];

    /// <summary>Adoption details (SSDA903 AD1), for children adopted or with a decision that they should be placed for adoption.</summary>
    public AdoptionDetails? Adoption { get; set; }

    /// <summary>Whether the child was placed permanently before coming into care (previous permanence), and how.</summary>
    public PreviousPermanence PreviousPermanence { get; set; } = PreviousPermanence.None;

    public DateOnly EighteenthBirthday => DateOfBirth.AddYears(18);

    /// <summary>Age in completed years on a date.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - DateOfBirth.Year;
        if (date < DateOfBirth.AddYears(age)) age--;
        return age;
    }

    /// <summary>The episode open on a date (episode end dates are exclusive of the next day's episode), or null when not looked after.</summary>
    public CareEpisode? EpisodeOn(DateOnly date)
    {
        foreach (var episode in Episodes)
        {
            if (episode.Start <= date && (episode.End is null || episode.End.Value > date)) return episode;
        }
        return null;
    }

    public bool IsLookedAfterOn(DateOnly date) => EpisodeOn(date) is not null;

    /// <summary>Episodes open at any time between two dates inclusive, in date order.</summary>
    public IEnumerable<CareEpisode> EpisodesOpenBetween(DateOnly from, DateOnly to) =>
        Episodes.Where(e => e.Start <= to && (e.End is null || e.End.Value >= from));

    /// <summary>The last date on which the child left care, or null if never left.</summary>
    public DateOnly? LastLeftCare => Episodes.Count == 0 ? null : Episodes[^1].End;
}
