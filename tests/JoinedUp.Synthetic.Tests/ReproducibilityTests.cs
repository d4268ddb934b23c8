using JoinedUp.Domain.Geography;
using JoinedUp.TestSupport;

namespace JoinedUp.Synthetic.Tests;

public sealed class ReproducibilityTests
{
    private static SyntheticRegionOptions Options(int seed, int parallelism) => new()
    {
        Region = Regions.Of("test", ["306", "201", "209"]),
        FirstYear = 2022,
        LastYear = 2024,
        Seed = seed,
        Scale = 0.5,
        MaxParallelism = parallelism,
    };

    [Fact]
    public void The_same_options_give_byte_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        new SyntheticRegionGenerator(Options(7, 1)).WriteTo(first.Path);
        new SyntheticRegionGenerator(Options(7, 4)).WriteTo(second.Path);
        var files = Directory.GetFiles(first.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(1 + 3 * 3 * 12, files.Count);
        Assert.Equal(files, Directory.GetFiles(second.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Path, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))), file);
    }

    [Fact]
    public void A_different_seed_gives_different_children()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        new SyntheticRegionGenerator(Options(1, 2)).WriteTo(first.Path);
        new SyntheticRegionGenerator(Options(2, 2)).WriteTo(second.Path);
        var header = Path.Combine("306", "2024", "header.csv");
        Assert.NotEqual(File.ReadAllText(Path.Combine(first.Path, header)), File.ReadAllText(Path.Combine(second.Path, header)));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        using var folder = new TempFolder();
        Assert.Throws<ArgumentException>(() => new SyntheticRegionGenerator(new SyntheticRegionOptions { FirstYear = 2024, LastYear = 2020 }).WriteTo(folder.Path));
        Assert.Throws<ArgumentException>(() => new SyntheticRegionGenerator(new SyntheticRegionOptions { Scale = 0 }).WriteTo(folder.Path));
    }
}
