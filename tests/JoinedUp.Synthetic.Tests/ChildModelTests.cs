using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Children;

namespace JoinedUp.Synthetic.Tests;

/// <summary>The per-LA child model that other writers (CIN census, SEN2, placements snapshot) will read.</summary>
public sealed class ChildModelTests
{
    private static readonly LocalAuthorityCohort Croydon = new SyntheticRegionGenerator(new SyntheticRegionOptions
    {
        Region = Regions.London,
        FirstYear = 2022,
        LastYear = 2024,
        Seed = 42,
        Scale = 1.0,
    }).SimulateCohort(Regions.London["306"]);

    [Fact]
    public void Episodes_of_a_child_are_in_order_and_never_overlap()
    {
        foreach (var child in Croydon.Children)
        {
            for (var i = 1; i < child.Episodes.Count; i++)
            {
                var (previous, next) = (child.Episodes[i - 1], child.Episodes[i]);
                Assert.NotNull(previous.End);
                Assert.True(previous.End <= next.Start);
                Assert.True(previous.Start < previous.End);
                Assert.True(next.ReasonNewEpisode == "S" == (previous.End != next.Start));
            }
            Assert.True(child.Episodes[0].Start >= child.DateOfBirth);
            Assert.True(child.Episodes[^1].End is null || child.Episodes[^1].End <= child.EighteenthBirthday);
        }
    }

    [Fact]
    public void Placement_costs_centre_on_the_London_weekly_rates()
    {
        var episodes = Croydon.Children.SelectMany(c => c.Episodes).ToList();
        foreach (var costClass in new[] { PlacementCostClass.InHouseFostering, PlacementCostClass.ExternalFostering, PlacementCostClass.ExternalResidential, PlacementCostClass.SemiIndependent })
        {
            var costs = episodes.Where(e => e.CostClass == costClass).Select(e => e.WeeklyCost).ToList();
            Assert.NotEmpty(costs);
            var average = WeeklyPlacementRates.AverageFor(costClass);
            Assert.InRange(costs.Average(), average * 0.9m, average * 1.1m);
        }
        Assert.All(episodes.Where(e => e.PlacementType is "P1" or "A3" or "A4" or "A5" or "A6"), e => Assert.Equal(0m, e.WeeklyCost));
    }

    [Fact]
    public void Children_have_needs_for_SEN2_and_the_snapshot()
    {
        var withNeeds = Croydon.Children.Where(c => c.Needs.PrimaryNeed is not null).ToList();
        Assert.InRange((double)withNeeds.Count / Croydon.Children.Count, 0.3, 0.7);
        Assert.Contains(withNeeds, c => c.Needs.PrimaryNeed == SenType.Autism);
        Assert.Contains(withNeeds, c => c.Needs.PrimaryNeed == SenType.SocialEmotionalMentalHealth);
        Assert.All(withNeeds.Where(c => c.Needs.HasEhcPlan), c => Assert.NotNull(c.Needs.EhcPlanStart));
    }

    [Fact]
    public void Child_ids_are_unique_within_the_LA()
    {
        Assert.Equal(Croydon.Children.Count, Croydon.Children.Select(c => c.ChildId).Distinct().Count());
        Assert.Equal(Croydon.Children.Count, Croydon.Children.Select(c => c.Upn).Distinct().Count());
    }
}
