namespace JoinedUp.Synthetic.Children;

/// <summary>A child's special educational needs as SEN2 and the school census record them.</summary>
/// <param name="PrimaryNeed">SEN type code (ASD, SEMH, MLD, SLD, SLCN, SPLD, PMLD, PD, HI, VI, MSI, OTH) or null for no SEN.</param>
/// <param name="SecondaryNeed">A second SEN type code, or null.</param>
/// <param name="HasEhcPlan">Whether the child has an education, health and care plan (otherwise SEN support).</param>
/// <param name="EhcPlanStart">Date the EHC plan was first issued, when there is one.</param>
public sealed record SpecialEducationalNeeds(string? PrimaryNeed, string? SecondaryNeed, bool HasEhcPlan, DateOnly? EhcPlanStart)
{
    public static SpecialEducationalNeeds None { get; } = new(null, null, false, null);
}
