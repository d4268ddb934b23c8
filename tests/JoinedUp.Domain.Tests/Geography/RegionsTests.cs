using JoinedUp.Domain.Geography;

namespace JoinedUp.Domain.Tests.Geography;

public class RegionsTests
{
    [Theory]
    [InlineData("north-west", "North West", 24)]
    [InlineData("North West", "North West", 24)]
    [InlineData("yorkshire-and-the-humber", "Yorkshire and The Humber", 15)]
    [InlineData("east-of-england", "East of England", 11)]
    [InlineData("south-west", "South West", 15)]
    public void Find_returns_an_english_region_by_name(string key, string name, int members)
    {
        var region = Regions.Find(key);
        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(members, region.Members.Count);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_region()
    {
        Assert.Null(Regions.Find("atlantis"));
    }

    [Fact]
    public void Find_london_returns_london_with_its_footprints()
    {
        Assert.Same(Regions.London, Regions.Find("London"));
    }

    [Fact]
    public void London_has_33_authorities_in_five_ics_footprints()
    {
        var london = Regions.London;
        Assert.Equal(33, london.Members.Count);
        Assert.Equal(5, london.Footprints.Count);
        Assert.Equal(33, london.Footprints.Values.Sum(codes => codes.Count));
        Assert.All(london.Members, la => Assert.NotNull(london.FootprintOf(la.DfeCode)));
    }

    [Theory]
    [InlineData("North Central London ICS", "Barnet", "Camden", "Enfield", "Haringey", "Islington")]
    [InlineData("North East London ICS", "Barking and Dagenham", "City of London", "Hackney", "Havering", "Newham", "Redbridge", "Tower Hamlets", "Waltham Forest")]
    [InlineData("North West London ICS", "Brent", "Ealing", "Hammersmith and Fulham", "Harrow", "Hillingdon", "Hounslow", "Kensington and Chelsea", "Westminster")]
    [InlineData("South East London ICS", "Bexley", "Bromley", "Greenwich", "Lambeth", "Lewisham", "Southwark")]
    [InlineData("South West London ICS", "Croydon", "Kingston upon Thames", "Merton", "Richmond upon Thames", "Sutton", "Wandsworth")]
    public void London_footprints_have_the_right_members(string footprint, params string[] names)
    {
        var london = Regions.London;
        var members = london.Footprints[footprint].Select(code => london[code].Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), members);
    }

    [Fact]
    public void Of_builds_a_region_from_dfe_codes_across_english_regions()
    {
        var region = Regions.Of("pilot", ["302", "942", "933"]);
        Assert.Equal(3, region.Members.Count);
        Assert.True(region.Contains("942"));
    }
}
