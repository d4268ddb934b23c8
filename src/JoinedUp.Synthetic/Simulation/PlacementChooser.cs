using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Simulation;

/// <summary>
/// Chooses a placement type and provider the way London's looked-after children are placed: fostering for most
/// (in-house and agency), children's homes for teenagers, semi-independent living at 16-17 (most UASC), secure
/// children's homes on remand, residential schools for some disabled children, placement with parents under a care
/// order; adoption placements only for children with a placement or freeing order. Costs follow the London averages.
/// </summary>
internal sealed class PlacementChooser(LocalAuthority la, Region region, ChildrensHomes homes, Random rng)
{
    public Placement Choose(SyntheticChild child, int age, string legalStatus, PlacementPurpose purpose)
    {
        var type = purpose switch
        {
            PlacementPurpose.Adoption => rng.Weighted<string>([("A6", 55), ("A5", 25), ("A4", 12), ("A3", 8)]),
            PlacementPurpose.FosteringBeforeAdoption => rng.Weighted<string>([("U6", 70), ("U5", 15), ("U3", 10), ("U2", 5)]),
            PlacementPurpose.ShortBreak => rng.Chance(0.6) ? "K2" : "U6",
            _ => CareType(child, age, legalStatus),
        };
        var provider = ProviderFor(type, purpose);
        var costClass = CostClassFor(type, provider, legalStatus);
        var average = WeeklyPlacementRates.AverageFor(costClass);
        var weeklyCost = Math.Round(average * (decimal)(0.75 + 0.5 * rng.NextDouble()), 0);

        string? urn = null;
        string postcode, host;
        if (type is "K1" or "K2" or "R1" or "S1")
        {
            (urn, postcode, host) = homes.Pick(type);
        }
        else if (type is "P1")
        {
            (postcode, host) = (child.HomePostcode, la.Name);
        }
        else
        {
            (postcode, host) = PostcodeDistricts.Placement(la, region, residential: type is "H5" or "R2" or "Z1", rng);
        }
        return new Placement(type, provider, postcode, host, urn, costClass, weeklyCost);
    }

    private string CareType(SyntheticChild child, int age, string legalStatus)
    {
        if (legalStatus is "J1" or "J2" or "J3")
            return rng.Weighted<string>([("K1", 40), ("K2", 30), ("U6", 30)]);
        if (legalStatus is "L1" or "L2" or "L3")
            return rng.Weighted<string>([("U6", 70), ("U3", 15), ("K2", 15)]);

        var careOrder = legalStatus is "C1" or "C2";
        var need = child.Needs.PrimaryNeed;
        var complex = need is SenType.Autism or SenType.SevereLearningDifficulty or SenType.ProfoundMultipleLearningDifficulty;
        var choices = new List<(string, double)>();
        if (child.IsUasc && age >= 16)
        {
            choices.AddRange([("H5", 60), ("U6", 25), ("U4", 8), ("K2", 4), ("P2", 3)]);
            return rng.Weighted(choices);
        }
        // Fostering: kinship (U1, U3) and other carers (U4 long term, U6).
        var fostering = age switch { < 10 => 88.0, < 13 => 78.0, < 16 => 62.0, _ => 45.0 };
        if (complex && age >= 8) fostering -= 15;
        choices.AddRange([("U1", fostering * 0.05), ("U3", fostering * 0.10), ("U4", fostering * 0.35), ("U6", fostering * 0.50)]);
        if (age >= 11) choices.Add(("K2", age >= 14 ? 18 : 9));
        if (age >= 16) choices.AddRange([("H5", 24), ("P2", 3)]);
        if (age >= 8) choices.Add(("S1", (complex ? 6 : 0.6) * (child.Sex == 1 ? 1.5 : 0.5))); // residential special schools: mostly boys (seed 000: 25% female)
        if (age >= 12 && need is SenType.SocialEmotionalMentalHealth or SenType.Autism) choices.Add(("R2", 0.8));
        if (age >= 5) choices.Add(("R1", 0.5));
        if (careOrder) choices.Add(("P1", 7));
        if (careOrder && age >= 12) choices.Add(("K1", 0.4));
        choices.Add(("Z1", 0.6));
        return rng.Weighted(choices);
    }

    private string ProviderFor(string type, PlacementPurpose purpose)
    {
        if (purpose == PlacementPurpose.ShortBreak) return "PR1";
        return type switch
        {
            "U1" or "U2" or "U3" => rng.Chance(0.92) ? "PR1" : "PR4",
            "U4" or "U5" or "U6" => rng.Weighted<string>([("PR1", 45), ("PR4", 42), ("PR5", 13)]),
            "K2" => rng.Weighted<string>([("PR1", 12), ("PR4", 80), ("PR5", 8)]),
            "H5" => rng.Weighted<string>([("PR1", 20), ("PR4", 70), ("PR5", 10)]),
            "K1" => rng.Weighted<string>([("PR2", 70), ("PR1", 15), ("PR3", 15)]),
            "S1" => rng.Weighted<string>([("PR4", 55), ("PR5", 35), ("PR3", 10)]),
            "R1" or "R2" => "PR3",
            "A3" or "A4" or "A5" or "A6" => rng.Weighted<string>([("PR1", 60), ("PR5", 25), ("PR2", 15)]),
            "P1" => "PR0",
            "P2" => "PR1",
            _ => "PR4",
        };
    }

    private static PlacementCostClass CostClassFor(string type, string provider, string legalStatus) => type switch
    {
        "U1" or "U2" or "U3" or "U4" or "U5" or "U6" => provider == "PR1" ? PlacementCostClass.InHouseFostering : PlacementCostClass.ExternalFostering,
        "K2" => provider == "PR1" ? PlacementCostClass.InternalResidential : PlacementCostClass.ExternalResidential,
        "R1" or "R2" or "S1" => PlacementCostClass.ExternalResidential,
        "K1" => legalStatus is "J1" or "J2" or "J3" ? PlacementCostClass.SecureRemand : PlacementCostClass.SecureWelfare,
        "H5" or "P2" => PlacementCostClass.SemiIndependent,
        "P1" or "A3" or "A4" or "A5" or "A6" => PlacementCostClass.NoPlacementFee,
        _ => PlacementCostClass.Other,
    };
}
