using System.Text;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Importing;
using JoinedUp.TestSupport;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>
/// The AD1 and PlacedAdoption tables read from CSV: a bad value is reported once, under the DfE rule of that item (the
/// field check and the rule share the code), and a blank DOB there is JoinedUp's JU41, never the DfE's 601.
/// </summary>
public sealed class AdoptionTableCodeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Bad_adoption_items_are_reported_once_under_the_DfE_codes_of_those_items()
    {
        // CHX9173646 is adopted (E11) on 20/01/2021; CHX9173647 has a decision to place for adoption.
        var episodes = ReturnFiles.CleanEpisodes.ToArray();
        episodes[3] = "CHX9173646,15/06/2020,S,V2,N2,K2,PR4,20/01/2021,E11,,E15 1AA,E17 9BB,3456789";
        var directory = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, episodes);
        Write(directory, "ad1.csv",
            "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
            "CHX9173646,,15/06/2020,15/06/2020,2,2,MF,L11");
        Write(directory, "placed_for_adoption.csv",
            "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
            "CHX9173647,21/07/2006,03/02/2021,,RD9");

        var outcome = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);

        Assert.False(outcome.Refused);
        string[] watched = ["114", "120", "JU41", "601", "119"];
        var found = outcome.Issues.Where(i => watched.Contains(i.RuleCode)).Select(i => $"{i.RuleCode} {i.Table}:{i.Row}:{i.Field}").Order().ToArray();
        Assert.Equal(["114 ad1:2:FOSTER_CARE", "119 placed_for_adoption:2:DATE_PLACED_CEASED", "120 placed_for_adoption:2:REASON_PLACED_CEASED", "JU41 ad1:2:DOB"], found);
    }

    [Fact]
    public void A_date_that_is_not_a_date_refuses_the_submission_under_the_items_DfE_code()
    {
        var directory = ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes);
        Write(directory, "placed_for_adoption.csv",
            "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
            "CHX9173647,21/07/2006,31/02/2021,,");

        var outcome = Assert.Single(ReturnImporter.Validate([directory], null, null).Submissions);

        Assert.True(outcome.Refused);
        var issue = Assert.Single(outcome.Issues, i => i.RuleCode == "115");
        Assert.Equal(("placed_for_adoption", 2, "DATE_PLACED", IssueSeverity.Refused), (issue.Table, issue.Row, issue.Field, issue.Severity));
    }

    private static void Write(string directory, string file, params string[] lines) =>
        File.WriteAllText(Path.Combine(directory, file), string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(false));

    public void Dispose() => _folder.Dispose();
}
