using System.Globalization;
using System.Xml.Linq;
using CsvHelper;
using JoinedUp.Ingest.Tables;

namespace JoinedUp.Ingest.Tests.Confidentiality;

/// <summary>
/// What identifies a child in a set of return files, collected by the test itself from the files (not from the code
/// under test): child IDs, UPNs, unique learner numbers, NHS numbers, surnames and full dates of birth. Every other
/// value of the files is collected too, so that an identifier that equals an ordinary value (a URN, a score, another
/// date) can be left out of the search: such a value is stored lawfully and would be a false alarm.
/// </summary>
internal sealed class InputIdentifiers
{
    private static readonly HashSet<string> IdFields = new(StringComparer.OrdinalIgnoreCase)
        { "CHILD", "CHILDID", "CHILD_ID", "LACHILDID", "LA_CHILD_ID", "UNIQUELEARNERNUMBER", "ULN", "NHS_NUMBER", "NHSNUMBER", "SURNAME" };

    private static readonly HashSet<string> UpnFields = new(StringComparer.OrdinalIgnoreCase) { "UPN", "FORMERUPN" };

    private static readonly HashSet<string> BirthFields = new(StringComparer.OrdinalIgnoreCase)
        { "DOB", "MC_DOB", "DATE_OF_BIRTH", "PERSONBIRTHDATE", "EXPECTEDPERSONBIRTHDATE" };

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Child IDs, unique learner numbers, NHS numbers and surnames.</summary>
    public HashSet<string> ChildIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Upns { get; } = new(StringComparer.Ordinal);
    public HashSet<DateOnly> BirthDates { get; } = [];

    /// <summary>Every word (run of letters and digits) of every value that is not an identifier.</summary>
    public HashSet<string> OtherWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every date that is not a date of birth (episode, review, referral, plan dates...).</summary>
    public HashSet<DateOnly> OtherDates { get; } = [];

    public static InputIdentifiers From(IEnumerable<string> folders)
    {
        var found = new InputIdentifiers();
        foreach (var file in folders.SelectMany(f => Directory.Exists(f) ? Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories) : [f]))
        {
            if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) found.ReadCsv(file);
            else if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) found.ReadXml(file);
        }
        return found;
    }

    private void ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        if (!csv.Read()) return;
        csv.ReadHeader();
        var headings = csv.HeaderRecord!.Select(HeaderNames.Normalise).ToArray();
        while (csv.Read())
            for (var i = 0; i < headings.Length; i++)
                Add(headings[i], csv.GetField(i));
    }

    private void ReadXml(string path)
    {
        foreach (var element in XDocument.Load(path).Descendants().Where(e => !e.HasElements))
            Add(element.Name.LocalName, element.Value);
    }

    private void Add(string field, string? raw)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value)) return;
        if (IdFields.Contains(field)) ChildIds.Add(value);
        else if (UpnFields.Contains(field)) Upns.Add(value);
        else if (BirthFields.Contains(field))
        {
            if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)) BirthDates.Add(birth);
        }
        else
        {
            if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) OtherDates.Add(date);
            foreach (var word in StoreText.Words(value)) OtherWords.Add(word);
        }
    }
}
