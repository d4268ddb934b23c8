using JoinedUp.Domain.Geography;
using JoinedUp.TestSupport;

namespace JoinedUp.Synthetic.Tests;

/// <summary>London at scale 1, 2019 to 2024, seed 42, generated once for the tests that read it.</summary>
public sealed class GeneratedLondon : IDisposable
{
    public const int FirstYear = 2019;
    public const int LastYear = 2024;

    private readonly TempFolder _folder = new();

    public GeneratedLondon()
    {
        Summary = new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.London,
            FirstYear = FirstYear,
            LastYear = LastYear,
            Seed = 42,
            Scale = 1.0,
        }).WriteTo(_folder.Path);
    }

    public string Root => _folder.Path;

    public SyntheticRegionSummary Summary { get; }

    public string DirectoryOf(string laCode, int year) => Path.Combine(Root, laCode, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Ssda903Files Read(string laCode, int year) => new(DirectoryOf(laCode, year));

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class GeneratedLondonCollection : ICollectionFixture<GeneratedLondon>
{
    public const string Name = "London, scale 1";
}
