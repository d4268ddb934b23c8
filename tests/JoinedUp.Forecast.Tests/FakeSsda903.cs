using System.Globalization;
using CsvHelper;
using JoinedUp.Domain.Children;
using JoinedUp.TestSupport;

namespace JoinedUp.Forecast.Tests;

/// <summary>The public fake SSDA903 return (episodes.csv and header.csv) as loaded episodes of one LA.</summary>
internal static class FakeSsda903
{
    public static IReadOnlyList<LoadedEpisode> Load(string laCode = "999", int returnYear = 2018)
    {
        var births = new Dictionary<string, (DateOnly? Birth, int? Sex)>();
        using (var headerText = new StreamReader(PublicFixtures.PathOf("ssda903-fake", "header.csv")))
        using (var header = new CsvReader(headerText, CultureInfo.InvariantCulture))
        {
            header.Read();
            header.ReadHeader();
            while (header.Read())
            {
                var dob = Date((header.GetField("DOB") ?? ""));
                var sex = int.TryParse((header.GetField("SEX") ?? ""), out var s) ? s : (int?)null;
                births[(header.GetField("CHILD") ?? "")] = (dob is { } d ? new DateOnly(d.Year, d.Month, 1) : null, sex);
            }
        }
        var episodes = new List<LoadedEpisode>();
        using var text = new StreamReader(PublicFixtures.PathOf("ssda903-fake", "episodes.csv"));
        using var csv = new CsvReader(text, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var child = (csv.GetField("CHILD") ?? "");
            if (Date((csv.GetField("DECOM") ?? "")) is not { } start) continue;
            var (birth, sex) = births.GetValueOrDefault(child);
            var record = new EpisodeRecord(child, start, Date((csv.GetField("DEC") ?? "")), Text((csv.GetField("RNE") ?? "")), Text((csv.GetField("LS") ?? "")),
                Text((csv.GetField("CIN") ?? "")), Text((csv.GetField("PLACE") ?? "")), Text((csv.GetField("PLACE_PROVIDER") ?? "")), Text((csv.GetField("REC") ?? "")),
                Text((csv.GetField("REASON_PLACE_CHANGE") ?? "")), null, null, Text((csv.GetField("URN") ?? "")), csv.Parser.Row);
            episodes.Add(new LoadedEpisode(laCode, returnYear, birth, sex, record));
        }
        return episodes;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
