using JoinedUp.Ingest.Csv;
using JoinedUp.Ingest.Files;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Ssda903;

/// <summary>
/// The files of one SSDA903 submission, recognised by content: either the single XML file, or CSV tables, each
/// known by its headings. Rows come out header table first, then episodes, then the other tables.
/// </summary>
public sealed class Ssda903Files
{
    private static readonly CsvTableReader Csv = new(Ssda903Tables.All);
    private readonly string? _xml;
    private readonly IReadOnlyList<(TableSpec Table, string Path)> _csv;

    private Ssda903Files(string? xml, IReadOnlyList<(TableSpec, string)> csv)
    {
        _xml = xml;
        _csv = csv;
    }

    /// <summary>The tables the submission supplies: every table for an XML return, the recognised files' tables for CSV.</summary>
    public IReadOnlyList<TableSpec> Tables => _xml is not null ? Ssda903Tables.All : _csv.Select(c => c.Table).ToList();

    public IReadOnlyList<string> Paths => _xml is not null ? [_xml] : _csv.Select(c => c.Path).ToList();

    /// <summary>Do this CSV file's headings make it a table of the SSDA903 return?</summary>
    public static bool Recognises(string path) => TableOf(path) is not null;

    /// <summary>The SSDA903 table this CSV file holds, from its headings; null if none.</summary>
    public static TableSpec? TableOf(string path) => Csv.Recognise(path);

    /// <summary>
    /// A submission's files; <paramref name="known"/> gives the tables of files already recognised (when they were
    /// grouped), the others are recognised here.
    /// </summary>
    public static Ssda903Files From(IReadOnlyList<string> paths, IReadOnlyDictionary<string, TableSpec>? known = null)
    {
        var xml = paths.Where(IsXml).ToList();
        var csv = paths.Where(p => !IsXml(p)).ToList();
        if (xml.Count > 1)
            throw FileRules.Refuse(FileRules.NoSubmission, $"{xml.Count} XML files were given for one submission; an SSDA903 XML return is a single file.", xml[1]);
        if (xml.Count == 1 && csv.Count > 0)
            throw FileRules.Refuse(FileRules.NoSubmission, "Both the XML form and CSV tables were given for one submission; send one or the other.", csv[0]);
        if (xml.Count == 1) return new Ssda903Files(xml[0], []);

        var tables = new List<(TableSpec, string)>();
        foreach (var path in csv)
        {
            var table = known?.GetValueOrDefault(path) ?? RecogniseOrRefuse(path);
            var clash = tables.FirstOrDefault(t => t.Item1 == table);
            if (clash.Item2 is not null)
                throw FileRules.Refuse(FileRules.NoSubmission, $"Both {Path.GetFileName(clash.Item2)} and {Path.GetFileName(path)} hold the {table.Name} table.", path);
            tables.Add((table, path));
        }
        if (!tables.Any(t => t.Item1 == Ssda903Tables.Header))
            throw FileRules.Refuse(FileRules.NoSubmission, "The submission has no header table (CHILD, SEX, DOB, ETHNIC, UPN...): every SSDA903 return needs one.", csv.FirstOrDefault() ?? "submission");
        if (!tables.Any(t => t.Item1 == Ssda903Tables.Episodes))
            throw FileRules.Refuse(FileRules.NoSubmission, "The submission has no episodes table (CHILD, DECOM, RNE, LS...): every SSDA903 return needs one.", csv.FirstOrDefault() ?? "submission");
        var order = Ssda903Tables.All.ToList();
        return new Ssda903Files(null, tables.OrderBy(t => order.IndexOf(t.Item1)).ToList());
    }

    public IEnumerable<ReturnRow> Rows()
    {
        if (_xml is not null)
        {
            foreach (var row in Ssda903XmlReader.Read(_xml)) yield return row;
            yield break;
        }
        foreach (var (table, path) in _csv)
            foreach (var row in Csv.Read(path, table))
                yield return row;
    }

    private static TableSpec RecogniseOrRefuse(string path)
    {
        if (new FileInfo(path).Length == 0) throw FileRules.Refuse(FileRules.Empty, "The file is empty.", path);
        return Csv.Recognise(path) ?? throw FileRules.Refuse(FileRules.UnknownKind, "The headings do not match any SSDA903 table (header, episodes, uasc, reviews, missing, oc2, oc3, previous permanence, ad1, placed for adoption, social worker episodes).", path, row: 1);
    }

    public static bool IsXml(string path) => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
