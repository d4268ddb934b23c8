using JoinedUp.Domain.Geography;

namespace JoinedUp.Domain.Tests.Geography;

/// <summary>The DfE statistical neighbour lists JoinedUp ships for London's LAs.</summary>
public sealed class StatisticalNeighboursTests
{
    [Fact]
    public void Every_London_LA_has_ten_distinct_English_neighbours_other_than_itself()
    {
        Assert.Equal(Regions.London.Members.Select(la => la.DfeCode).Order(), StatisticalNeighbours.Las.Order());
        foreach (var la in Regions.London.Members)
        {
            var neighbours = StatisticalNeighbours.Of(la.DfeCode);
            Assert.Equal(10, neighbours.Count);
            Assert.Equal(10, neighbours.Distinct().Count());
            Assert.DoesNotContain(la.DfeCode, neighbours);
            Assert.All(neighbours, code => Assert.NotNull(EnglishLocalAuthorities.ByDfeCode(code)));
        }
    }

    [Fact]
    public void Lists_are_the_DfEs_in_its_order()
    {
        // Spot checks against the DfE's April 2021 groupings.
        Assert.Equal(["315", "314", "870", "319", "312", "317", "313", "826", "307", "305"], StatisticalNeighbours.Of("302"));
        Assert.Equal("Merton", EnglishLocalAuthorities.ByDfeCode(StatisticalNeighbours.Of("302")[0])!.Name);
        Assert.Equal("Thurrock", EnglishLocalAuthorities.ByDfeCode(StatisticalNeighbours.Of("303")[1])!.Name);
        Assert.Empty(StatisticalNeighbours.Of("999"));
    }
}
