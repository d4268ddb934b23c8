using System.Globalization;

namespace JoinedUp.Synthetic.Tests;

/// <summary>The placements snapshot is shaped on the seeds' residential special school cohort (98 children, 25% female, average age at placement 13, 50% Black, Asian or mixed).</summary>
[Collection(GeneratedLondonCollection.Name)]
public sealed class PlacementsSnapshotTests(GeneratedLondon london)
{
    private List<Dictionary<string, string>> Snapshot(int year) =>
        london.Summary.Returns.Where(r => r.Year == year).SelectMany(r => london.Read(r.LaCode, year).Rows("placements_snapshot.csv")).ToList();

    [Fact]
    public void Has_the_seed_columns_and_only_high_cost_placements()
    {
        var files = london.Read("306", 2024);
        Assert.Equal(
            ["placing_la", "child_id", "age", "gender", "ethnicity", "placement_start", "placement_type", "provider", "urn", "host_authority", "sourcing",
             "weekly_cost", "social_care_share", "education_share", "health_share", "primary_need", "secondary_need", "status",
             "excluded_or_missing_education", "behaviour_that_challenges", "known_to_camhs"],
            files.Columns("placements_snapshot.csv"));
        var rows = Snapshot(2024);
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(decimal.Parse(r["weekly_cost"], CultureInfo.InvariantCulture) >= 2_000m);
            Assert.Equal(100, int.Parse(r["social_care_share"], CultureInfo.InvariantCulture) + int.Parse(r["education_share"], CultureInfo.InvariantCulture) + int.Parse(r["health_share"], CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void Residential_special_school_cohort_is_shaped_on_the_seed()
    {
        var census = new DateOnly(2024, 3, 31);
        var schools = Snapshot(2024).Where(r => r["placement_type"] == "residential special school").ToList();
        Assert.InRange(schools.Count, 50, 200);
        Assert.InRange((double)schools.Count(r => r["gender"] == "Female") / schools.Count, 0.1, 0.45);
        Assert.InRange((double)schools.Count(r => r["ethnicity"][0] is 'A' or 'B' or 'M') / schools.Count, 0.3, 0.7);
        var ageAtPlacement = schools.Average(r => int.Parse(r["age"], CultureInfo.InvariantCulture) - (census.DayNumber - Ssda903Files.Date(r["placement_start"]).DayNumber) / 365.25);
        Assert.InRange(ageAtPlacement, 10.5, 15.5);
    }
}
