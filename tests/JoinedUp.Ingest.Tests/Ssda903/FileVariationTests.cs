using System.Text;
using JoinedUp.Ingest.Importing;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>The ways LAs really send the CSV tables: heading case and spacing, ISO dates, byte-order marks, line endings, encodings.</summary>
public sealed class FileVariationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private SubmissionOutcome ValidateWritten(string[] header, string[] episodes, Encoding encoding, string newline)
    {
        var directory = Path.Combine(_folder.Path, "302", "2021");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "h.csv"), string.Join(newline, header) + newline, encoding);
        File.WriteAllText(Path.Combine(directory, "e.csv"), string.Join(newline, episodes) + newline, encoding);
        return Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);
    }

    [Fact]
    public void Headings_in_any_case_and_spacing_with_a_bom_and_crlf_read_the_same_as_the_dfe_form()
    {
        var canonical = ValidateWritten(ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes, new UTF8Encoding(false), "\n");
        var header = ReturnFiles.CleanHeader.ToArray();
        header[0] = " child , Sex,dob , Ethnic,upn,Mother,mc dob";
        var episodes = ReturnFiles.CleanEpisodes.ToArray();
        episodes[0] = "Child,Decom,rne,ls,cin,Place,Place Provider,dec,rec,Reason-Place-Change,Home Post,PL_Post,urn,Local Notes";
        for (var i = 1; i < episodes.Length; i++) episodes[i] += ",seen by IRO";
        var variant = ValidateWritten(header, episodes, new UTF8Encoding(true), "\r\n");

        Assert.False(canonical.Refused);
        Assert.Equal((3, 4), (canonical.Children, canonical.Episodes));
        Assert.Equal((canonical.Children, canonical.Episodes, canonical.IssueTotal), (variant.Children, variant.Episodes, variant.IssueTotal));
    }

    [Fact]
    public void Iso_dates_are_read_as_dates()
    {
        var header = ReturnFiles.CleanHeader.Select(l => l.Replace("14/02/2009", "2009-02-14")).ToArray();
        var episodes = ReturnFiles.CleanEpisodes.Select(l => l.Replace("01/05/2020", "2020-05-01").Replace("12/09/2020", "2020-09-12")).ToArray();
        var outcome = ValidateWritten(header, episodes, new UTF8Encoding(false), "\n");
        Assert.False(outcome.Refused);
        Assert.Equal(0, outcome.IssueTotal);
    }

    [Fact]
    public void Windows_1252_text_reads_its_pound_signs_and_accents()
    {
        var episodes = ReturnFiles.CleanEpisodes.ToArray();
        episodes[0] += ",Notes";
        for (var i = 1; i < episodes.Length; i++) episodes[i] += ",Café £12";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var outcome = ValidateWritten(ReturnFiles.CleanHeader, episodes, Encoding.GetEncoding(1252), "\r\n");
        Assert.False(outcome.Refused);
        Assert.Equal(4, outcome.Episodes);
    }

    [Fact]
    public void A_file_is_recognised_by_its_headings_not_its_name()
    {
        var directory = Path.Combine(_folder.Path, "302", "2021");
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "export_A.csv"), ReturnFiles.CleanEpisodes);
        File.WriteAllLines(Path.Combine(directory, "export_B.csv"), ReturnFiles.CleanHeader);
        var outcome = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);
        Assert.Equal((3, 4), (outcome.Children, outcome.Episodes));
    }

    public void Dispose() => _folder.Dispose();
}
