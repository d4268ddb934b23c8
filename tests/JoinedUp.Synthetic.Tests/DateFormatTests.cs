using System.Globalization;

namespace JoinedUp.Synthetic.Tests;

[Collection(GeneratedLondonCollection.Name)]
public sealed class DateFormatTests(GeneratedLondon london)
{
    private static readonly HashSet<string> DateColumns =
    [
        "DOB", "MC_DOB", "DECOM", "DEC", "DUC", "REVIEW", "MIS_START", "MIS_END", "DATE_PERM", "DATE_INT", "DATE_MATCH",
        "DATE_PLACED", "DATE_PLACED_CEASED", "SW_DECOM", "SW_DEC",
    ];

    [Theory]
    [InlineData("204", 2019)]
    [InlineData("306", 2024)]
    [InlineData("201", 2022)]
    public void Every_date_is_dd_mm_yyyy(string laCode, int year)
    {
        var directory = london.DirectoryOf(laCode, year);
        var checkedDates = 0;
        foreach (var path in Directory.GetFiles(directory, "*.csv"))
        {
            var files = new Ssda903Files(directory);
            foreach (var row in files.Rows(Path.GetFileName(path)))
            {
                foreach (var (column, value) in row)
                {
                    if (!DateColumns.Contains(column) || value.Length == 0) continue;
                    Assert.True(DateOnly.TryParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                        $"{Path.GetFileName(path)} {column} '{value}'");
                    checkedDates++;
                }
            }
        }
        Assert.True(checkedDates > 0);
    }
}
