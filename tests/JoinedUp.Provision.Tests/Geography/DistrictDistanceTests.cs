using JoinedUp.Provision.Geography;

namespace JoinedUp.Provision.Tests.Geography;

/// <summary>
/// Distances between shipped district centres against straight-line distances checked by hand on a map between the
/// places the districts cover (town centre to town centre), to within 3% or 1.5 km.
/// </summary>
public sealed class DistrictDistanceTests
{
    [Theory]
    [InlineData("WC1H", "BN1", 76)]   // Bloomsbury to Brighton
    [InlineData("WC1H", "B12", 162)]  // Bloomsbury to Birmingham (Balsall Heath)
    [InlineData("WC1H", "M14", 260)]  // Bloomsbury to Manchester (Fallowfield)
    [InlineData("WC1H", "NR1", 157)]  // Bloomsbury to Norwich
    [InlineData("WC1H", "CT9", 104)]  // Bloomsbury to Margate
    [InlineData("WC1H", "RG1", 58)]   // Bloomsbury to Reading
    [InlineData("WC1H", "CO1", 81)]   // Bloomsbury to Colchester
    [InlineData("CR0", "BR1", 8.5)]   // Croydon to Bromley
    [InlineData("E1", "SE1", 3.2)]    // Whitechapel to Borough
    [InlineData("KT1", "TW9", 6)]     // Kingston to Richmond
    [InlineData("SE15", "SE15", 0)]
    public void Distance_between_district_centres_matches_the_hand_checked_distance(string from, string to, double expectedKm)
    {
        var km = DistrictCentroids.Shipped.DistanceKm(from, to);
        Assert.NotNull(km);
        Assert.InRange(km!.Value, expectedKm - Math.Max(1.5, expectedKm * 0.03), expectedKm + Math.Max(1.5, expectedKm * 0.03));
        Assert.Equal(km, DistrictCentroids.Shipped.DistanceKm(to, from));
    }

    [Theory]
    [InlineData("se15 4ab", "SE15")]
    [InlineData("SE154AB", "SE15")]
    [InlineData(" ec1a ", "EC1A")]
    [InlineData("W1A 1AA", "W1A")]
    [InlineData("", null)]
    public void District_of_a_postcode_is_its_outward_code(string postcode, string? district) =>
        Assert.Equal(district, DistrictCentroids.DistrictOf(postcode));

    [Fact]
    public void An_unknown_district_has_no_distance()
    {
        Assert.Null(DistrictCentroids.Shipped.DistanceKm("ZZ9", "SE1"));
        Assert.Null(DistrictCentroids.Shipped.DistanceKm(null, "SE1"));
    }

    [Fact]
    public void Every_district_the_synthetic_region_uses_has_a_centre()
    {
        // Every London LA's districts and the out-of-London hosts of the generator, and the far districts of its planted gap.
        foreach (var district in new[] { "EC1A", "RM8", "UB10", "SM5", "E17", "ME1", "M14", "LE1", "SG1", "WD17" }.Concat(JoinedUp.Synthetic.Provision.PlantedProvisionGaps.FarDistricts.Select(f => f.District)))
            Assert.NotNull(DistrictCentroids.Shipped.Find(district));
        Assert.True(DistrictCentroids.Shipped.Count >= 150);
    }
}
