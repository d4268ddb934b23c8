using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Cin;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Linking;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Ingest.Snapshot;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Validation.Ssda903;
using JoinedUp.Store;
using JoinedUp.Store.Loading;

namespace JoinedUp.Ingest.Importing;

/// <summary>
/// Imports returns into the regional store, one submission per transaction: each is validated, cleaned and
/// pseudonymised as it streams in, replaces the earlier copy of the same (LA, return, year), and is discarded
/// whole if any of its files cannot be read or any value cannot be stored. An SSDA903 submission's previous-year rules
/// compare with the LA's return of the year before (<see cref="PreviousReturnSources"/>).
/// </summary>
public sealed class ReturnImporter(RegionalStore store)
{
    /// <summary>The SSDA903 rules a return of a year is checked against (<see cref="Ssda903RuleSet.For"/> unless a test says otherwise).</summary>
    public Func<int, IReadOnlyList<Ssda903Rule>> Ssda903Rules { get; init; } = Ssda903RuleSet.For;

    /// <summary>Imports, then links each child across the returns and years of every LA whose returns changed.</summary>
    public ImportOutcome Import(IReadOnlyList<string> paths, string? laCode, int? year, IProgress<string>? progress = null, bool link = true) =>
        Import(SubmissionGrouping.Group(paths, laCode, year), progress, link);

    /// <summary>Imports submissions already grouped (see <see cref="SubmissionGrouping"/>), then links as above.</summary>
    public ImportOutcome Import(IReadOnlyList<SubmissionFileSet> sets, IProgress<string>? progress = null, bool link = true)
    {
        ImportOutcome outcome;
        // Reading and validating the next submissions overlaps loading (and committing) this one.
        using (var loader = new SubmissionLoader(store))
        {
            var loads = new List<SubmissionLoader.Load>();
            var previous = new PreviousReturnSources(sets, store);
            outcome = Run(sets, () => store.Pseudonymiser, previous, Ssda903Rules, progress, (set, read) =>
            {
                var load = loader.Start(set.Key, string.Join(";", set.Files.Select(Path.GetFileName)));
                lock (loads) loads.Add(load);
                try
                {
                    read(load);
                    load.Commit();
                }
                catch
                {
                    load.Discard();
                    throw;
                }
            });
            // Waits for the last commits; a store failure surfaces here.
            foreach (var load in loads) load.Result();
        }
        if (link) ChildLinker.Relink(store, outcome.Submissions.Where(s => !s.Refused).Select(s => s.Key.LaCode));
        return outcome;
    }

    /// <summary>Validates without a store: nothing is written anywhere.</summary>
    public static ImportOutcome Validate(IReadOnlyList<string> paths, string? laCode, int? year, IProgress<string>? progress = null) =>
        Validate(SubmissionGrouping.Group(paths, laCode, year), progress);

    /// <summary>
    /// Validates submissions already grouped, without a store (children are pseudonymised with a throwaway key); the
    /// previous-year rules compare with the previous year's files when they are among <paramref name="sets"/>.
    /// </summary>
    /// <param name="ssda903Rules">The SSDA903 rules for a year (<see cref="Ssda903RuleSet.For"/> when null).</param>
    public static ImportOutcome Validate(IReadOnlyList<SubmissionFileSet> sets, IProgress<string>? progress = null,
        Func<int, IReadOnlyList<Ssda903Rule>>? ssda903Rules = null)
    {
        var key = PseudonymKey.CreateRandom();
        return Run(sets, () => new ChildPseudonymiser(key), new PreviousReturnSources(sets, null), ssda903Rules ?? Ssda903RuleSet.For, progress,
            (_, read) => read(new DiscardingWriter()));
    }

    /// <summary>
    /// How many submissions are read at once: one core writes (<see cref="SubmissionLoader"/>) and the others read.
    /// On two cores that is one reader; a second one was measured to gain nothing there.
    /// </summary>
    public static int Readers { get; } = Math.Clamp(Environment.ProcessorCount - 1, 1, 3);

    /// <summary>
    /// Reads each submission once, <see cref="Readers"/> at a time, each reader with its own pseudonymiser (they
    /// are not thread-safe); outcomes come back in the order of <paramref name="sets"/>.
    /// </summary>
    private static ImportOutcome Run(IReadOnlyList<SubmissionFileSet> sets, Func<ChildPseudonymiser> pseudonymiser, PreviousReturnSources previous,
        Func<int, IReadOnlyList<Ssda903Rule>> rules, IProgress<string>? progress, Action<SubmissionFileSet, Action<ISubmissionWriter>> load)
    {
        var outcomes = new SubmissionOutcome[sets.Count];
        var next = -1;
        void Read()
        {
            var own = pseudonymiser();
            for (int i; (i = Interlocked.Increment(ref next)) < sets.Count;)
            {
                progress?.Report(sets[i].Key.ToString());
                outcomes[i] = ImportOne(sets[i], own, previous, rules, load);
            }
        }
        var others = Enumerable.Range(1, Math.Max(0, Math.Min(Readers, sets.Count) - 1))
            .Select(_ => Task.Factory.StartNew(Read, TaskCreationOptions.LongRunning)).ToList();
        try
        {
            Read();
        }
        finally
        {
            // A failure on one reader stops the others at their next submission.
            if (others.Count > 0) Interlocked.Exchange(ref next, sets.Count);
            Task.WaitAll(others);
        }
        return new ImportOutcome(outcomes);
    }

    private static SubmissionOutcome ImportOne(SubmissionFileSet set, ChildPseudonymiser pseudonymiser, PreviousReturnSources previous,
        Func<int, IReadOnlyList<Ssda903Rule>> rules, Action<SubmissionFileSet, Action<ISubmissionWriter>> load)
    {
        if (set.UnreadableFiles.Count > 0)
            return new SubmissionOutcome(set.Key, set.Files, refused: true, set.UnreadableFiles);
        if (set.Key.Return != ReturnKind.Ssda903)
            return ImportSingleFile(set, pseudonymiser, load);
        try
        {
            Ssda903ReadResult? result = null;
            var files = Ssda903Files.From(set.Files, set.Ssda903Tables);
            var yearRules = rules(set.Key.Year);
            var reader = new Ssda903SubmissionReader(set.Key, pseudonymiser, previous.For(set.Key, yearRules), yearRules);
            try
            {
                load(set, writer => result = reader.Read(files, writer));
            }
            finally
            {
                if (reader.Return is { } read) previous.Remember(read);
            }
            return Outcome(set, result!);
        }
        catch (SubmissionRefusedException e)
        {
            return Outcome(set, e.Result);
        }
        catch (ReturnFileException e)
        {
            return new SubmissionOutcome(set.Key, set.Files, refused: true, [e.Issue]);
        }
    }

    private static SubmissionOutcome Outcome(SubmissionFileSet set, Ssda903ReadResult result) =>
        new(set.Key, set.Files, result.Children, result.Episodes, result.Refused, result.Issues, result.IssueCounts) { PreviousYear = result.PreviousYear };

    /// <summary>The CIN census, SEN2 and the placements snapshot: one file per submission, read by the reader for its kind.</summary>
    private static SubmissionOutcome ImportSingleFile(SubmissionFileSet set, ChildPseudonymiser pseudonymiser, Action<SubmissionFileSet, Action<ISubmissionWriter>> load)
    {
        if (set.Files.Count > 1 && set.Key.Return != ReturnKind.SchoolCensus)
            return Refusal(set, FileRules.NoSubmission,
                $"{set.Files.Count} files hold the {set.Key.Return.Code()} return of LA {set.Key.LaCode} for {set.Key.Year} ({string.Join(", ", set.Files.Select(Path.GetFileName))}); send one.");
        var path = set.Files[0];
        Func<ISubmissionWriter, ReturnReadResult> read = set.Key.Return switch
        {
            ReturnKind.CinCensus => writer => new CinSubmissionReader(set.Key, pseudonymiser).Read(path, writer),
            ReturnKind.Sen2 => writer => new Sen2SubmissionReader(set.Key, pseudonymiser).Read(path, writer),
            ReturnKind.PlacementsSnapshot => writer => new PlacementsSnapshotReader(set.Key, pseudonymiser).Read(path, writer),
            ReturnKind.SchoolCensus => writer => new School.SchoolCensusReader(set.Key, pseudonymiser).Read(set.Files, writer),
            _ => throw new ArgumentOutOfRangeException(nameof(set)),
        };
        try
        {
            ReturnReadResult? result = null;
            load(set, writer => result = read(writer));
            return SubmissionOutcome.Counted(set.Key, set.Files, result!.Children, result.Records, refused: false, result.Issues);
        }
        catch (ReturnRefusedException e)
        {
            return SubmissionOutcome.Counted(set.Key, set.Files, e.Result.Children, e.Result.Records, refused: true, e.Result.Issues);
        }
        catch (ReturnFileException e)
        {
            return new SubmissionOutcome(set.Key, set.Files, refused: true, [e.Issue]);
        }
    }

    private static SubmissionOutcome Refusal(SubmissionFileSet set, string rule, string message) =>
        new(set.Key, set.Files, refused: true,
            [new ValidationIssue(rule, message, Path.GetFileName(set.Files[0]), "", null, null, null, IssueSeverity.Refused)]);
}
