using System.Globalization;

namespace JoinedUp.Synthetic.Tests;

/// <summary>A plain, independent reader of one generated SSDA903 return (no quoting is ever needed in these files).</summary>
public sealed class Ssda903Files(string directory)
{
    public string Directory { get; } = directory;

    public string[] Columns(string fileName) => File.ReadLines(Path.Combine(Directory, fileName)).First().Split(',');

    /// <summary>Data rows as column name to value.</summary>
    public List<Dictionary<string, string>> Rows(string fileName)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, fileName));
        var columns = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var values = line.Split(',');
            Assert.Equal(columns.Length, values.Length);
            return columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
    }

    public List<Dictionary<string, string>> Header => Rows("header.csv");
    public List<Dictionary<string, string>> Episodes => Rows("episodes.csv");

    public static DateOnly Date(string value) => DateOnly.ParseExact(value, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static DateOnly? OptionalDate(string value) => value.Length == 0 ? null : Date(value);
}
