using System.Text;
using JoinedUp.Domain.Geography;
using JoinedUp.Synthetic.Children;
using JoinedUp.Synthetic.Cin;
using JoinedUp.Synthetic.Sen2;
using JoinedUp.Synthetic.InjectedErrors;
using JoinedUp.Synthetic.Simulation;
using JoinedUp.Synthetic.Snapshot;
using JoinedUp.Synthetic.Ssda903;

namespace JoinedUp.Synthetic;

/// <summary>
/// Generates a synthetic region: for each LA, a seeded population of looked-after children over the years, written as
/// the SSDA903 CSV tables to OUT/&lt;LA DfE code&gt;/&lt;year&gt;/, with documented rule-level errors planted.
/// The same options give byte-identical files.
/// </summary>
public sealed class SyntheticRegionGenerator(SyntheticRegionOptions options)
{
    public SyntheticRegionOptions Options { get; } = options;

    /// <summary>Simulates one LA's children over the options' years (for writers of other returns, and tests).</summary>
    public LocalAuthorityCohort SimulateCohort(LocalAuthority la)
    {
        Options.Validate();
        return new CareHistorySimulator(la, Options).Simulate();
    }

    public SyntheticRegionSummary WriteTo(string outputDirectory, IProgress<string>? progress = null)
    {
        Options.Validate();
        Directory.CreateDirectory(outputDirectory);
        var members = Options.Region.Members;
        // Biggest LAs first so the parallel work finishes together; output never depends on the order.
        var order = Enumerable.Range(0, members.Count)
            .OrderByDescending(i => LookedAfterPopulation.TargetStock(members[i].DfeCode, 1.0)).ThenBy(i => i).ToList();
        var perLa = new IReadOnlyList<Ssda903ReturnSummary>[members.Count];
        var done = 0;
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxParallelism) }, i =>
        {
            perLa[i] = WriteLocalAuthority(members[i], outputDirectory);
            var finished = Interlocked.Increment(ref done);
            progress?.Report($"{members[i].DfeCode} {members[i].Name}: {perLa[i].Sum(r => r.Episodes):N0} episodes ({finished}/{members.Count} LAs)");
        });
        var returns = perLa.SelectMany(r => r).OrderBy(r => r.LaCode, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        var summary = new SyntheticRegionSummary(Options.Region.Name, Options.Seed, Options.Scale, returns);
        File.WriteAllText(Path.Combine(outputDirectory, SyntheticRegionSummary.FileName), summary.ToCsv(), new UTF8Encoding(false));
        return summary;
    }

    private List<Ssda903ReturnSummary> WriteLocalAuthority(LocalAuthority la, string outputDirectory)
    {
        var cohort = new CareHistorySimulator(la, Options).Simulate();
        var summaries = new List<Ssda903ReturnSummary>();
        for (var year = Options.FirstYear; year <= Options.LastYear; year++)
        {
            var ret = Ssda903ReturnBuilder.Build(cohort, year);
            var injected = Options.InjectErrors
                ? new InjectedErrorPlanter(SeedMixer.RandomFor(Options.Seed, "errors", la.DfeCode, year)).Plant(ret)
                : InjectedErrorRates.All.ToDictionary(r => r.Kind, _ => 0);
            var directory = Path.Combine(outputDirectory, la.DfeCode, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            new Ssda903CsvWriter(SeedMixer.RandomFor(Options.Seed, "ssda903", la.DfeCode, year)).Write(ret, directory);
            var census = new DateOnly(year, 3, 31);
            if (Options.WriteCinCensusAndSen2)
            {
                if (year >= CinCensusXmlWriter.FirstYear)
                    new CinCensusXmlWriter(SeedMixer.RandomFor(Options.Seed, "cin", la.DfeCode, year)).Write(la.DfeCode, year, ret.Children, directory);
                new Sen2XmlWriter(SeedMixer.RandomFor(Options.Seed, "sen2", la.DfeCode, year)).Write(la.DfeCode, year, ret.Children, directory);
                new School.SchoolCensusCsvWriter(Options.Seed).Write(la.DfeCode, year, ret.Children, directory);
            }
            if (Options.WritePlacementsSnapshot)
                new SnapshotCsvWriter(SeedMixer.RandomFor(Options.Seed, "snapshot", la.DfeCode, year)).Write(la, ret.Children, census, directory);
            summaries.Add(new Ssda903ReturnSummary(la.DfeCode, la.Name, year, ret.Header.Count, ret.Episodes.Count,
                ret.Children.Count(c => c.IsLookedAfterOn(census)), injected));
        }
        return summaries;
    }
}
