using JoinedUp.Domain.Codes;

namespace JoinedUp.Domain.Tests.Codes;

public class Ssda903CodeListsTests
{
    [Fact]
    public void Every_list_has_codes_with_meanings()
    {
        Assert.All(Ssda903CodeLists.All, list =>
        {
            Assert.NotEmpty(list.Codes);
            Assert.All(list.Codes, code => Assert.False(string.IsNullOrWhiteSpace(list.MeaningOf(code))));
        });
    }

    [Fact]
    public void Fields_are_unique()
    {
        var fields = Ssda903CodeLists.All.Select(l => l.Field).ToList();
        Assert.Equal(fields.Count, fields.Distinct().Count());
    }

    [Theory]
    [InlineData(nameof(Ssda903CodeLists.Sex), 2)]
    [InlineData(nameof(Ssda903CodeLists.Ethnicity), 20)]
    [InlineData(nameof(Ssda903CodeLists.ReasonNewEpisode), 6)]
    [InlineData(nameof(Ssda903CodeLists.LegalStatus), 13)]
    [InlineData(nameof(Ssda903CodeLists.CategoryOfNeed), 8)]
    [InlineData(nameof(Ssda903CodeLists.PlacementProvider), 6)]
    [InlineData(nameof(Ssda903CodeLists.ReasonEpisodeCeased), 22)]
    [InlineData(nameof(Ssda903CodeLists.ReasonPlacementChange), 12)]
    [InlineData(nameof(Ssda903CodeLists.ReviewParticipation), 8)]
    [InlineData(nameof(Ssda903CodeLists.Oc3InTouch), 6)]
    [InlineData(nameof(Ssda903CodeLists.Oc3Activity), 12)]
    [InlineData(nameof(Ssda903CodeLists.Oc3Accommodation), 31)]
    [InlineData(nameof(Ssda903CodeLists.SdqReason), 5)]
    public void Lists_have_the_published_number_of_codes(string property, int count)
    {
        var list = (CodeList)typeof(Ssda903CodeLists).GetProperty(property)!.GetValue(null)!;
        Assert.Equal(count, list.Codes.Count);
    }

    [Theory]
    [InlineData("LS", "C2")]
    [InlineData("PLACE", "U4")]
    [InlineData("PL", "K2")]
    [InlineData("pl", "A5")]
    [InlineData("REC", "E4A")]
    [InlineData("RNE", "S")]
    [InlineData("ACCOM", "Z1")]
    [InlineData("SW_REASON", "MANAGE")]
    public void ForField_finds_the_list_for_a_column(string column, string code)
    {
        var list = Ssda903CodeLists.ForField(column);
        Assert.NotNull(list);
        Assert.True(list.Contains(code));
    }

    [Fact]
    public void ForField_returns_null_for_columns_without_a_code_list()
    {
        Assert.Null(Ssda903CodeLists.ForField("DECOM"));
        Assert.Null(Ssda903CodeLists.ForField("CHILD"));
    }

    [Fact]
    public void Codes_are_case_sensitive()
    {
        Assert.False(Ssda903CodeLists.LegalStatus.Contains("c2"));
    }

    [Fact]
    public void Urn_is_required_for_regulated_placements_but_not_for_parents_or_temporary_moves()
    {
        var requiring = Ssda903CodeLists.PlacementTypesRequiringUrn;
        Assert.Contains("K2", requiring);
        Assert.Contains("U4", requiring);
        Assert.Contains("A3", requiring);
        Assert.DoesNotContain("P1", requiring);
        Assert.DoesNotContain("T1", requiring);
        Assert.DoesNotContain("Z1", requiring);
        Assert.All(requiring, code => Assert.True(Ssda903CodeLists.PlacementType.Contains(code)));
    }
}
