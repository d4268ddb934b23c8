namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>
/// DfE 392c: HOME_POST and PL_POST, when given, must be real postcodes. Telling a postcode in use from a well-formed one
/// needs the ONS Postcode Directory, which JoinedUp does not hold. The shape of each postcode is checked on the field
/// itself (JoinedUp's JU05), so a postcode that cannot be a UK postcode is still reported.
/// </summary>
public sealed class Rule392c() : Ssda903Rule("392c", "The home or placement postcode is not a UK postcode in use.", "Episodes", "HOME_POST", "PL_POST")
{
    public override string? NeedsData => "needs the ONS Postcode Directory to know which postcodes exist; a postcode of the wrong shape is reported by the field check JU05";
}
