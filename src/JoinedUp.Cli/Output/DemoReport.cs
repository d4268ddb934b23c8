using JoinedUp.Domain.Geography;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;
using JoinedUp.Web.Accounts;

namespace JoinedUp.Cli.Output;

/// <summary>What `joinedup demo` prints: the per-LA summary of the import and the demo users, as plain aligned text.</summary>
public static class DemoReport
{
    /// <summary>An organisation as people know it: an LA by name with its DfE code ("Barnet (302)"), an ICS or region as it is.</summary>
    public static string Organisation(string organisation) =>
        EnglishLocalAuthorities.ByDfeCode(organisation) is { } la ? $"{la.Name} ({la.DfeCode})" : organisation;

    public static string Users(IReadOnlyList<DemoUser> users) =>
        "Demo users, one per role. Each password works for one sign-in, which then asks for a password of the user's own:\n"
        + TextTable.Format(["User name", "One-time password", "Role", "Organisation"],
            users.Select(u => (IReadOnlyList<string>)[u.UserName, u.Password, u.Role, Organisation(u.Organisation)]));

    public static string PerLa(ImportOutcome outcome)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var la in outcome.Submissions.GroupBy(s => s.Key.LaCode).Concat(outcome.Submissions.GroupBy(_ => "")))
        {
            var looked = la.Where(s => s.Key.Return == ReturnKind.Ssda903).ToList();
            var others = la.Where(s => s.Key.Return != ReturnKind.Ssda903).ToList();
            var name = la.Key == "" ? "All LAs" : EnglishLocalAuthorities.ByDfeCode(la.Key)?.Name ?? "";
            var first = la.Min(s => s.Key.Year);
            var last = la.Max(s => s.Key.Year);
            rows.Add([la.Key, name, first == last ? $"{first}" : $"{first}-{last}", looked.Sum(s => s.Children).ToString("N0"),
                looked.Sum(s => s.Episodes).ToString("N0"), others.Sum(s => s.Episodes).ToString("N0"), la.Sum(s => s.IssueTotal).ToString("N0"),
                la.Count(s => s.Refused).ToString()]);
        }
        return TextTable.Format(["LA", "Name", "Years", "Looked-after child-years", "Episodes", "CIN, SEN2, snapshot records", "Failures flagged", "Refused"], rows);
    }
}
