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
        using (var header = CsvReader.FromFile(PublicFixtures.PathOf("ssda903-fake", "header.csv")))
        {
            while (header.Read())
            {
                var dob = Date(header.GetString("DOB"));
                var sex = int.TryParse(header.GetString("SEX"), out var s) ? s : (int?)null;
                births[header.GetString("CHILD")] = (dob is { } d ? new DateOnly(d.Year, d.Month, 1) : null, sex);
            }
        }
        var episodes = new List<LoadedEpisode>();
        using var csv = CsvReader.FromFile(PublicFixtures.PathOf("ssda903-fake", "episodes.csv"));
        while (csv.Read())
        {
            var child = csv.GetString("CHILD");
            if (Date(csv.GetString("DECOM")) is not { } start) continue;
            var (birth, sex) = births.GetValueOrDefault(child);
            var record = new EpisodeRecord(child, start, Date(csv.GetString("DEC")), Text(csv.GetString("RNE")), Text(csv.GetString("LS")),
                Text(csv.GetString("CIN")), Text(csv.GetString("PLACE")), Text(csv.GetString("PLACE_PROVIDER")), Text(csv.GetString("REC")),
                Text(csv.GetString("REASON_PLACE_CHANGE")), null, null, Text(csv.GetString("URN")), (int)csv.RowNumber + 1);
            episodes.Add(new LoadedEpisode(laCode, returnYear, birth, sex, record));
        }
        return episodes;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
