using System.Text.RegularExpressions;
using JoinedUp.Domain.Geography;

namespace JoinedUp.Domain.Tests.Geography;

public class EnglishLocalAuthoritiesTests
{
    private static readonly string[] OnsRegions =
    [
        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
        "East of England", "London", "South East", "South West",
    ];

    [Fact]
    public void Lists_the_153_authorities_with_childrens_services()
    {
        Assert.Equal(153, EnglishLocalAuthorities.All.Count);
    }

    [Fact]
    public void DfE_codes_are_unique_three_digit_codes()
    {
        var codes = EnglishLocalAuthorities.All.Select(la => la.DfeCode).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(new Regex("^[0-9]{3}$"), code));
    }

    [Fact]
    public void Ons_codes_are_unique_upper_tier_gss_codes()
    {
        var codes = EnglishLocalAuthorities.All.Select(la => la.OnsCode).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches(new Regex("^E(06|08|09|10)[0-9]{6}$"), code));
    }

    [Fact]
    public void Names_are_unique()
    {
        var names = EnglishLocalAuthorities.All.Select(la => la.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Every_authority_is_in_an_ons_region_and_every_region_has_authorities()
    {
        Assert.All(EnglishLocalAuthorities.All, la => Assert.Contains(la.EnglishRegion, OnsRegions));
        foreach (var region in OnsRegions)
            Assert.Contains(EnglishLocalAuthorities.All, la => la.EnglishRegion == region);
    }

    [Theory]
    [InlineData("North East", 12)]
    [InlineData("North West", 24)]
    [InlineData("Yorkshire and The Humber", 15)]
    [InlineData("East Midlands", 10)]
    [InlineData("West Midlands", 14)]
    [InlineData("East of England", 11)]
    [InlineData("London", 33)]
    [InlineData("South East", 19)]
    [InlineData("South West", 15)]
    public void Region_sizes_match_current_boundaries(string region, int expected)
    {
        Assert.Equal(expected, EnglishLocalAuthorities.All.Count(la => la.EnglishRegion == region));
    }

    [Theory]
    [InlineData("942", "Cumberland", "E06000063")]
    [InlineData("943", "Westmorland and Furness", "E06000064")]
    [InlineData("815", "North Yorkshire", "E06000065")]
    [InlineData("933", "Somerset", "E06000066")]
    [InlineData("825", "Buckinghamshire", "E06000060")]
    [InlineData("940", "North Northamptonshire", "E06000061")]
    [InlineData("941", "West Northamptonshire", "E06000062")]
    [InlineData("838", "Dorset", "E06000059")]
    [InlineData("839", "Bournemouth, Christchurch and Poole", "E06000058")]
    [InlineData("873", "Cambridgeshire", "E10000003")]
    [InlineData("302", "Barnet", "E09000003")]
    public void Recently_reorganised_and_sample_authorities_have_current_codes(string dfe, string name, string ons)
    {
        var la = EnglishLocalAuthorities.ByDfeCode(dfe);
        Assert.NotNull(la);
        Assert.Equal(name, la.Name);
        Assert.Equal(ons, la.OnsCode);
    }

    [Theory]
    [InlineData("935")] // Suffolk, not Cumbria's old code
    public void ByDfeCode_trims(string code)
    {
        Assert.NotNull(EnglishLocalAuthorities.ByDfeCode($" {code} "));
    }

    [Theory]
    [InlineData("909")] // Cumbria county council, abolished 2023
    [InlineData("928")] // Northamptonshire county council, abolished 2021
    [InlineData("835")] // Dorset county council, abolished 2019
    [InlineData("999")]
    public void Abolished_and_unknown_codes_are_not_found(string code)
    {
        Assert.Null(EnglishLocalAuthorities.ByDfeCode(code));
    }
}
