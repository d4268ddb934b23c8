using JoinedUp.Synthetic.InjectedErrors;

namespace JoinedUp.Synthetic.Tests;

/// <summary>Independent checks on the files find exactly the errors the summary says were planted.</summary>
[Collection(GeneratedLondonCollection.Name)]
public sealed class InjectedErrorTests(GeneratedLondon london)
{
    private static readonly HashSet<string> AdoptionPlacements = ["A3", "A4", "A5", "A6"];

    public static TheoryData<string, int> Returns() => new()
    {
        { "306", 2019 }, { "306", 2024 }, { "316", 2021 }, { "308", 2022 }, { "209", 2020 }, { "201", 2023 }, { "302", 2024 },
    };

    [Theory]
    [MemberData(nameof(Returns))]
    public void Independent_checks_find_exactly_the_planted_errors(string laCode, int year)
    {
        var summary = london.Summary.For(laCode, year);
        var files = london.Read(laCode, year);
        var episodes = files.Episodes;
        var header = files.Header;
        var inHeader = header.Select(h => h["CHILD"]).ToHashSet();

        var endsBeforeStart = episodes.Count(e => e["DEC"] != "" && Ssda903Files.Date(e["DEC"]) < Ssda903Files.Date(e["DECOM"]));
        Assert.Equal(summary.Injected(InjectedErrorKind.EpisodeCeasesBeforeItStarts), endsBeforeStart);

        var overlaps = 0;
        foreach (var child in episodes.GroupBy(e => e["CHILD"]))
        {
            var sorted = child.OrderBy(e => Ssda903Files.Date(e["DECOM"])).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                var previousEnd = Ssda903Files.OptionalDate(sorted[i - 1]["DEC"]);
                if (previousEnd is null || Ssda903Files.Date(sorted[i]["DECOM"]) < previousEnd) overlaps++;
            }
        }
        Assert.Equal(summary.Injected(InjectedErrorKind.OverlappingEpisodes), overlaps);

        Assert.Equal(summary.Injected(InjectedErrorKind.MissingCategoryOfNeed), episodes.Count(e => e["CIN"] == ""));
        Assert.Equal(summary.Injected(InjectedErrorKind.EpisodeChildNotInHeader), episodes.Count(e => !inHeader.Contains(e["CHILD"])));

        var firstStart = episodes.GroupBy(e => e["CHILD"]).ToDictionary(g => g.Key, g => g.Min(e => Ssda903Files.Date(e["DECOM"])));
        Assert.Equal(summary.Injected(InjectedErrorKind.BornAfterEpisodeStart),
            header.Count(h => firstStart.TryGetValue(h["CHILD"], out var started) && Ssda903Files.Date(h["DOB"]) > started));

        Assert.Equal(summary.Injected(InjectedErrorKind.AdoptionPlacementWithoutPlacementOrder),
            episodes.Count(e => AdoptionPlacements.Contains(e["PLACE"]) && e["LS"] is not ("E1" or "D1")));
    }

    [Fact]
    public void Region_wide_rates_are_close_to_the_documented_ones()
    {
        var episodes = (double)london.Summary.TotalEpisodes;
        var children = (double)london.Summary.TotalChildren;
        foreach (var rate in InjectedErrorRates.All)
        {
            var observed = london.Summary.TotalInjected(rate.Kind) / (rate.PerChild ? children : episodes);
            Assert.InRange(observed, rate.Rate * 0.7, rate.Rate * 1.3);
        }
    }

    [Fact]
    public void The_README_documents_every_rate()
    {
        var readme = File.ReadAllText(FindReadme());
        foreach (var rate in InjectedErrorRates.All)
        {
            Assert.Contains(rate.Kind.ToString(), readme);
            Assert.Contains((rate.Rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%", readme);
        }
    }

    private static string FindReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "JoinedUp.Synthetic", "README.md");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("src/JoinedUp.Synthetic/README.md");
    }
}
