namespace JoinedUp.Synthetic.Tests;

[Collection(GeneratedLondonCollection.Name)]
public sealed class VolumeTests(GeneratedLondon london)
{
    [Fact]
    public void London_looks_after_about_ten_thousand_children_on_census_dates()
    {
        var counts = Enumerable.Range(GeneratedLondon.FirstYear, 6).Select(london.Summary.LookedAfterAt31March).ToList();
        Assert.InRange(counts.Average(), 8_000, 12_000);
    }

    [Fact]
    public void The_files_agree_on_the_number_in_care_at_31_March()
    {
        // A child in care on 31 March has an episode with DEC blank.
        var fromFiles = london.Summary.Returns.Where(r => r.Year == 2024)
            .Sum(r => london.Read(r.LaCode, r.Year).Episodes.Where(e => e["DEC"] == "").Select(e => e["CHILD"]).Distinct().Count());
        Assert.InRange(fromFiles, 8_000, 12_000);
        Assert.InRange(fromFiles, london.Summary.LookedAfterAt31March(2024) - 50, london.Summary.LookedAfterAt31March(2024) + 50);
    }

    [Fact]
    public void Big_boroughs_look_after_more_children_and_the_City_a_handful()
    {
        int At(string code) => london.Summary.For(code, 2024).LookedAfterAt31March;
        var median = london.Summary.Returns.Where(r => r.Year == 2024).Select(r => r.LookedAfterAt31March).Order().ElementAt(16);
        Assert.True(At("306") > median, "Croydon");
        Assert.True(At("316") > median, "Newham");
        Assert.True(At("308") > median, "Enfield");
        Assert.InRange(london.Summary.For("201", 2024).Children, 1, 40);
    }

    [Fact]
    public void Children_average_one_and_a_half_to_two_and_a_half_episodes_a_year()
    {
        var returns = london.Summary.Returns;
        var perChild = (double)returns.Sum(r => r.Episodes) / returns.Sum(r => r.Children);
        Assert.InRange(perChild, 1.4, 2.5);
    }
}
