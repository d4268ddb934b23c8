using JoinedUp.Domain.Geography;
using JoinedUp.Provision.Geography;
using JoinedUp.Synthetic;
using JoinedUp.Synthetic.Provision;
using JoinedUp.TestSupport;

namespace JoinedUp.Provision.Tests.Sufficiency;

/// <summary>The synthetic provision map: the same options give the same bytes, and the far districts of the planted gap really are far.</summary>
public sealed class SyntheticProvisionFilesTests
{
    [Fact]
    public void The_same_options_give_byte_identical_files()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var options = new SyntheticRegionOptions { Region = Regions.Of("test", ["209", "210"]), FirstYear = 2023, LastYear = 2024, Scale = 0.5, MaxParallelism = 1 };
        new SyntheticProvisionGenerator(options).WriteTo(a.Path);
        new SyntheticProvisionGenerator(options).WriteTo(b.Path);
        var files = Directory.GetFiles(a.Path, "*.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order().ToList();
        Assert.Equal(3, files.Count);
        foreach (var file in files) Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, file)), File.ReadAllBytes(Path.Combine(b.Path, file)));
    }

    [Fact]
    public void Every_far_district_is_more_than_the_gap_radius_from_every_London_district()
    {
        var london = new[] { "EC1A", "RM12", "UB8", "HA7", "EN3", "BR6", "DA7", "SM2", "KT6", "TW4", "IG8", "E4", "CR2", "SE9" };
        foreach (var (far, _) in PlantedProvisionGaps.FarDistricts)
            foreach (var near in london)
                Assert.True(DistrictCentroids.Shipped.DistanceKm(far, near) > PlantedProvisionGaps.HighRiskSemhRadiusKm, $"{far} is within {PlantedProvisionGaps.HighRiskSemhRadiusKm} km of {near}.");
    }
}
