namespace JoinedUp.Synthetic.Children;

/// <summary>The placement cost classes London councils report weekly unit costs for (Isos for London Councils, 2019).</summary>
public enum PlacementCostClass
{
    InHouseFostering,
    ExternalFostering,
    InternalResidential,
    ExternalResidential,
    SemiIndependent,
    SecureRemand,
    SecureWelfare,
    /// <summary>Placed with parents or in adoption placements: no placement fee.</summary>
    NoPlacementFee,
    /// <summary>Other and temporary placements, costed as semi-independent living.</summary>
    Other,
}
