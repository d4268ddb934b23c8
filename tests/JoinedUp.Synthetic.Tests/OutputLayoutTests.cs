using JoinedUp.Domain.Geography;

namespace JoinedUp.Synthetic.Tests;

[Collection(GeneratedLondonCollection.Name)]
public sealed class OutputLayoutTests(GeneratedLondon london)
{
    private static readonly string[] Files =
    [
        "header.csv", "episodes.csv", "uasc.csv", "reviews.csv", "missing.csv", "oc2.csv", "oc3.csv",
        "previous_permanence.csv", "ad1.csv", "placed_for_adoption.csv", "sw_episodes.csv",
    ];

    [Fact]
    public void Every_LA_has_every_table_for_every_year()
    {
        foreach (var la in Regions.London.Members)
        {
            for (var year = GeneratedLondon.FirstYear; year <= GeneratedLondon.LastYear; year++)
            {
                foreach (var file in Files)
                    Assert.True(File.Exists(Path.Combine(london.DirectoryOf(la.DfeCode, year), file)), $"{la.DfeCode}/{year}/{file} is missing");
            }
        }
        Assert.Equal(33 * 6, london.Summary.Returns.Count);
    }

    [Fact]
    public void Header_and_episodes_have_the_DfE_columns_in_order()
    {
        var files = london.Read("306", 2022);
        Assert.Equal(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"], files.Columns("header.csv"));
        Assert.Equal(["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
            files.Columns("episodes.csv"));
    }

    [Fact]
    public void Every_table_has_the_columns_of_the_public_sample_return()
    {
        var files = london.Read("202", 2024);
        foreach (var file in Files)
        {
            var sample = File.ReadLines(JoinedUp.TestSupport.PublicFixtures.PathOf("ssda903-fake", file)).First().TrimStart('\uFEFF').Split(',');
            Assert.Equal(sample, files.Columns(file));
        }
    }

    [Fact]
    public void Files_are_UTF8_without_byte_order_mark_with_CRLF_lines()
    {
        var bytes = File.ReadAllBytes(Path.Combine(london.DirectoryOf("308", 2021), "episodes.csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("CHILD,DECOM,", text);
        Assert.Contains("\r\n", text);
        Assert.DoesNotContain("\"", text);
    }

    [Fact]
    public void The_summary_is_written_next_to_the_LA_folders()
    {
        var lines = File.ReadAllLines(Path.Combine(london.Root, SyntheticRegionSummary.FileName));
        Assert.Equal(1 + 33 * 6, lines.Length);
        Assert.StartsWith("la_code,la_name,year,children,episodes", lines[0]);
    }

    [Fact]
    public void Summary_counts_match_the_files()
    {
        foreach (var r in london.Summary.Returns.Where(r => r.Year == 2023))
        {
            var files = london.Read(r.LaCode, r.Year);
            Assert.Equal(r.Children, files.Header.Count);
            Assert.Equal(r.Episodes, files.Episodes.Count);
        }
    }
}
