using System.Text.RegularExpressions;
using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Importing;

/// <summary>The files that make up one submission (LA, return, year), and any file of its LA and year that could not be read.</summary>
public sealed record SubmissionFileSet(SubmissionKey Key, IReadOnlyList<string> Files, IReadOnlyList<ValidationIssue> UnreadableFiles)
{
    /// <summary>The SSDA903 table each CSV file was recognised as holding when the files were grouped.</summary>
    public IReadOnlyDictionary<string, TableSpec> Ssda903Tables { get; init; } = new Dictionary<string, TableSpec>();
}

/// <summary>
/// Groups the files named on a command line (or uploaded) into submissions. The return is recognised by content;
/// for the CIN census and SEN2 the LA and year come from the file's header (options that disagree refuse the file);
/// otherwise they come from the options when given, else from the path: a folder or file-name part that is an
/// English LA's DfE code (e.g. ".../302/2021/episodes.csv" or "302_2021_header.csv") and a four-digit year.
/// A file that cannot be recognised refuses the submissions of its LA and year; one that cannot even be placed
/// refuses the whole run, so nothing is loaded from an incomplete set. A collection year that is not plausible
/// (<see cref="CollectionYears"/>) refuses its submission whole.
/// </summary>
public static partial class SubmissionGrouping
{
    /// <summary>
    /// What each file is, read from its content, several files at once (each is opened and its first lines read,
    /// which for a region's thousands of files is worth spreading over the cores).
    /// </summary>
    private static (ReturnKind? Kind, XmlReturnHeader? Header, TableSpec? Table, ValidationIssue? Failure)[] IdentifyAll(IReadOnlyList<string> files)
    {
        var identified = new (ReturnKind?, XmlReturnHeader?, TableSpec?, ValidationIssue?)[files.Count];
        try
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                try
                {
                    var (kind, header, table) = ReturnRecognition.IdentifyWithTable(files[i]);
                    identified[i] = (kind, header, table, null);
                }
                catch (ReturnFileException e)
                {
                    identified[i] = (null, null, null, e.Issue);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return identified;
    }

    /// <param name="today">The day against which a collection year is judged plausible (see <see cref="CollectionYears"/>); today when null.</param>
    public static IReadOnlyList<SubmissionFileSet> Group(IEnumerable<string> paths, string? laCode, int? year, DateOnly? today = null)
    {
        var now = today ?? CollectionYears.Today;
        if (laCode is not null && EnglishLocalAuthorities.ByDfeCode(laCode) is null)
            throw FileRules.Refuse(FileRules.NoSubmission, $"'{laCode}' is not the DfE code of an English local authority.", "--la");
        var groups = new Dictionary<SubmissionKey, List<string>>();
        var tables = new Dictionary<string, TableSpec>();
        var unreadable = new List<(string La, int Year, ValidationIssue Issue)>();
        var found = Expand(paths).ToList();
        var identified = IdentifyAll(found);
        for (var i = 0; i < found.Count; i++)
        {
            var file = found[i];
            var (kind, header, table, failure) = identified[i];
            if (table is not null) tables[file] = table;
            var fromHeader = header?.LaCode is { } headerLa && EnglishLocalAuthorities.ByDfeCode(headerLa) is not null ? headerLa : null;
            var la = fromHeader ?? laCode ?? LaFromPath(file)
                ?? throw FileRules.Refuse(FileRules.NoSubmission, "Cannot tell which LA sent this file: name a folder or the file with the LA's DfE code (e.g. 302), or pass --la.", file);
            var y = header?.Year ?? year ?? YearFromPath(file)
                ?? throw FileRules.Refuse(FileRules.NoSubmission, "Cannot tell the collection year of this file: name a folder or the file with the year (e.g. 2021), or pass --year.", file);
            if (failure is null && fromHeader is not null && laCode is not null && laCode != fromHeader)
                failure = FileRules.Refuse(FileRules.NoSubmission, $"The file's header says it is LA {fromHeader}'s return but --la {laCode} was given.", file).Issue;
            if (failure is null && header?.Year is { } headerYear && year is not null && year != headerYear)
                failure = FileRules.Refuse(FileRules.NoSubmission, $"The file's header says it is the {headerYear} collection but the year given with it (--year or the upload form) is {year}.", file).Issue;
            var yearSource = header?.Year is not null ? "the file's header, element Year" : year is not null ? "the year given with the files (--year or the upload form)" : "the file's path";
            var implausible = failure is null && kind is not null && CollectionYears.Problem(y, yearSource, now) is { } problem
                ? FileRules.Refuse(FileRules.ImplausibleYear, problem, file, field: "year").Issue
                : null;
            if (failure is not null || kind is null)
            {
                unreadable.Add((la, y, failure!));
                continue;
            }
            var key = new SubmissionKey(la, kind.Value, y);
            if (!groups.TryGetValue(key, out var files)) groups[key] = files = [];
            files.Add(file);
            // The submission is there to be refused whole, naming the year; the other submissions of the run go on.
            if (implausible is not null) unreadable.Add((la, y, implausible));
        }
        foreach (var (la, y, issue) in unreadable)
            if (!groups.Keys.Any(k => k.LaCode == la && k.Year == y))
                throw new ReturnFileException(issue);
        return groups
            .Select(g => new SubmissionFileSet(g.Key, g.Value,
                unreadable.Where(u => u.La == g.Key.LaCode && u.Year == g.Key.Year).Select(u => u.Issue).ToList())
            {
                Ssda903Tables = g.Value.Where(tables.ContainsKey).ToDictionary(f => f, f => tables[f]),
            })
            .OrderBy(s => s.Key.LaCode).ThenBy(s => s.Key.Year).ThenBy(s => s.Key.Return).ToList();
    }

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                                         || f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return Path.GetFullPath(file);
            }
            else if (File.Exists(path))
                yield return Path.GetFullPath(path);
            else
                throw FileRules.Refuse(FileRules.NoSubmission, "No such file or folder.", path);
        }
    }

    /// <summary>
    /// The files (by name) that say nothing of their collection year: neither a header Year nor a year in the path. A
    /// form asks for the year when any does; files that cannot be read are left to the import to report.
    /// </summary>
    public static IReadOnlyList<string> FilesWithoutYear(IReadOnlyList<string> files)
    {
        var identified = IdentifyAll(files);
        return files.Where((file, i) => identified[i].Failure is null && identified[i].Header?.Year is null && YearFromPath(file) is null)
            .Select(f => Path.GetFileName(f)).ToList();
    }

    public static string? LaFromPath(string path) =>
        Tokens(path).LastOrDefault(t => t.Length == 3 && t.All(char.IsAsciiDigit) && EnglishLocalAuthorities.ByDfeCode(t) is not null);

    public static int? YearFromPath(string path) =>
        Tokens(path).LastOrDefault(t => t.Length == 4 && t.All(char.IsAsciiDigit) && t[0] == '2' && t[1] == '0') is { } y ? int.Parse(y) : null;

    private static IEnumerable<string> Tokens(string path) => Separators().Split(Path.GetFullPath(path)).Where(t => t.Length > 0);

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Separators();
}
