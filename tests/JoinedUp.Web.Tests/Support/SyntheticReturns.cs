using JoinedUp.Domain.Geography;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store;
using JoinedUp.Synthetic;
using JoinedUp.TestSupport;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// Synthetic SSDA903, CIN census, SEN2 and placements snapshot files for Bexley (303) and Brent (304), 2023 and 2024,
/// imported through the real importer (with linking). These LAs are not among <see cref="SeededRegion"/>'s, so the
/// seeded figures the other tests read are untouched.
/// </summary>
public static class SyntheticReturns
{
    public static readonly string[] Las = ["303", "304"];

    public static void Import(RegionalStore store)
    {
        using var folder = new TempFolder();
        new SyntheticRegionGenerator(new SyntheticRegionOptions
        {
            Region = Regions.Of("test", Las),
            FirstYear = 2023,
            LastYear = 2024,
            Scale = 1,
            InjectErrors = false,
            WriteCinCensusAndSen2 = true,
            WritePlacementsSnapshot = true,
            MaxParallelism = 1,
        }).WriteTo(folder.Path);
        var outcome = new ReturnImporter(store).Import([folder.Path], null, null);
        if (outcome.Submissions.Count == 0) throw new InvalidOperationException("The synthetic returns imported nothing.");
    }
}
