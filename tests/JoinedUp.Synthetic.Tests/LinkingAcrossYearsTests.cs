namespace JoinedUp.Synthetic.Tests;

[Collection(GeneratedLondonCollection.Name)]
public sealed class LinkingAcrossYearsTests(GeneratedLondon london)
{
    [Theory]
    [InlineData("306")]
    [InlineData("209")]
    public void Children_in_care_at_31_March_are_in_next_years_return_with_the_same_CHILD_and_UPN(string laCode)
    {
        for (var year = GeneratedLondon.FirstYear; year < GeneratedLondon.LastYear; year++)
        {
            var thisYear = london.Read(laCode, year);
            var next = london.Read(laCode, year + 1);
            var nextHeader = next.Header.ToDictionary(h => h["CHILD"]);
            var nextEpisodeChildren = next.Episodes.Select(e => e["CHILD"]).ToHashSet();
            var upns = thisYear.Header.ToDictionary(h => h["CHILD"], h => h["UPN"]);
            var stillInCare = thisYear.Episodes.Where(e => e["DEC"] == "").Select(e => e["CHILD"]).Distinct().Where(upns.ContainsKey).ToList();
            Assert.NotEmpty(stillInCare);
            foreach (var child in stillInCare)
            {
                Assert.Contains(child, nextEpisodeChildren);
                // A child may be missing from the next header only where that error was planted.
                if (nextHeader.TryGetValue(child, out var row)) Assert.Equal(upns[child], row["UPN"]);
            }
            var unlinked = stillInCare.Count(child => !nextHeader.ContainsKey(child));
            Assert.True(unlinked <= london.Summary.For(laCode, year + 1).Injected(InjectedErrors.InjectedErrorKind.EpisodeChildNotInHeader));
        }
    }

    [Fact]
    public void Open_episodes_continue_into_the_next_year_with_the_same_start()
    {
        var y1 = london.Read("308", 2022).Episodes.Where(e => e["DEC"] == "").Select(e => (e["CHILD"], e["DECOM"])).ToHashSet();
        var y2 = london.Read("308", 2023).Episodes.Select(e => (e["CHILD"], e["DECOM"])).ToHashSet();
        Assert.True(y1.Count(y2.Contains) >= y1.Count - 3);
    }
}
