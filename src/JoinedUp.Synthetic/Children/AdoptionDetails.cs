namespace JoinedUp.Synthetic.Children;

/// <summary>SSDA903 AD1 and placed-for-adoption details for a child on an adoption plan.</summary>
/// <param name="DecisionDate">DATE_INT: decision that the child should be placed for adoption.</param>
/// <param name="MatchDate">DATE_MATCH: date the child was matched with prospective adopters.</param>
/// <param name="FosterCarerAdoption">FOSTER_CARE: adopted by the child's foster carer(s).</param>
/// <param name="NumberOfAdopters">NB_ADOPTR: 1 or 2.</param>
/// <param name="SexOfAdopters">SEX_ADOPTR: M1, F1, MM, FF or MF.</param>
/// <param name="AdopterLegalStatus">LS_ADOPTR: L0 single, L11 married couple, L12 civil partners, L2 other couple.</param>
public sealed record AdoptionDetails(DateOnly DecisionDate, DateOnly MatchDate, bool FosterCarerAdoption, int NumberOfAdopters, string SexOfAdopters, string AdopterLegalStatus);
