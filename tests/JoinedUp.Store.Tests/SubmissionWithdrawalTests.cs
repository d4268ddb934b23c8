using Dapper;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Store.Holds;
using JoinedUp.Store.Loading;
using JoinedUp.Store.Uploads;
using JoinedUp.Store.Withdrawing;
using JoinedUp.TestSupport;

namespace JoinedUp.Store.Tests;

/// <summary>
/// Withdrawing a submission removes it and everything taken from it (rows of every table, issues, links, a hold) in one
/// transaction, and nothing of the LA's other submissions or of other LAs.
/// </summary>
public sealed class SubmissionWithdrawalTests
{
    private static readonly SubmissionKey Barnet2023 = new("302", ReturnKind.Ssda903, 2023);
    private static readonly SubmissionKey Barnet2024 = new("302", ReturnKind.Ssda903, 2024);
    private static readonly SubmissionKey Camden2024 = new("202", ReturnKind.Ssda903, 2024);

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Withdrawing_removes_the_submission_its_rows_issues_links_and_hold_and_nothing_else(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = test.Store;
        Load(store, Barnet2023, 3);
        var withdrawn = Load(store, Barnet2024, 4);
        Load(store, Camden2024, 2);
        store.Hold(withdrawn.Id, "Children looked after on 31 March: 4 in 2024 against 3 in 2023.");
        store.RecordUpload(Barnet2024, "analyst", DateTime.UtcNow, withdrawn.Id, refused: false, issues: 4, ["episodes.csv"], "job-1");
        using (var connection = store.OpenConnection())
        {
            // Links within Barnet: 2024 to 2023 (goes with 2024), 2023 to 2024 (goes), 2023 to its own CIN census (stays).
            connection.Execute(
                """
                INSERT INTO child_link (la, year, return_kind, pseudonym, linked_year, linked_return, linked_pseudonym, method, confidence) VALUES
                ('302', 2024, 'ssda903', 'p-0', 2023, 'ssda903', 'p-0', 'pseudonym', 1),
                ('302', 2023, 'ssda903', 'p-0', 2024, 'ssda903', 'p-0', 'pseudonym', 1),
                ('302', 2023, 'ssda903', 'p-1', 2023, 'cin', 'p-1', 'pseudonym', 1),
                ('202', 2024, 'ssda903', 'p-0', 2024, 'cin', 'p-0', 'pseudonym', 1)
                """);
            connection.Execute("INSERT INTO child_unlinked (la, year, return_kind, pseudonym, reason) VALUES ('302', 2024, 'ssda903', 'p-3', 'none'), ('302', 2023, 'ssda903', 'p-2', 'none')");
        }

        var result = store.Withdraw(Barnet2024, "analyst");

        Assert.NotNull(result);
        Assert.Equal((withdrawn.Id, 4L, 2L), (result.SubmissionId, result.Children, result.Links));
        using var check = store.OpenConnection();
        foreach (var table in new[] { "child", "episode", "validation_issue", "submission_hold" })
            Assert.Equal(0L, check.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table} WHERE submission_id = @id", new { id = withdrawn.Id }));
        Assert.Equal(["202/2024", "302/2023"], check.Query<(string La, long Year)>("SELECT la, year FROM submission ORDER BY la, year").Select(s => $"{s.La}/{s.Year}"));
        Assert.Equal(5L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM child"));
        Assert.Equal(5L, check.ExecuteScalar<long>("SELECT COUNT(*) FROM validation_issue"));
        Assert.Equal(["202:2024", "302:2023"], check.Query<(string La, long Year)>("SELECT la, year FROM child_link ORDER BY la").Select(l => $"{l.La}:{l.Year}"));
        Assert.Equal(["302:2023"], check.Query<(string La, long Year)>("SELECT la, year FROM child_unlinked").Select(l => $"{l.La}:{l.Year}"));
        var upload = Assert.Single(store.UploadsOf("302"));
        Assert.Equal(("analyst", false, false), (upload.WithdrawnBy, upload.Current, upload.Refused));
        Assert.NotNull(upload.WithdrawnAt);
        Assert.Null(store.Withdraw(Barnet2024, "analyst"));
    }

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Upload_records_list_the_las_uploads_newest_first_with_their_state(string engine)
    {
        using var test = TestStore.Open(engine);
        var store = test.Store;
        var loaded = Load(store, Barnet2024, 2);
        store.RecordUpload(Barnet2023, "analyst", new DateTime(2026, 1, 2, 10, 0, 0, DateTimeKind.Utc), null, refused: true, issues: 7, ["a.csv", "b.csv"], "job-0");
        store.RecordUpload(Barnet2024, "analyst", new DateTime(2026, 1, 3, 10, 0, 0, DateTimeKind.Utc), loaded.Id, refused: false, issues: 2, ["c.csv"], "job-1");
        store.RecordUpload(Camden2024, "camden", new DateTime(2026, 1, 4, 10, 0, 0, DateTimeKind.Utc), null, refused: true, issues: 1, ["d.csv"], "job-2");
        store.Hold(loaded.Id, "held");

        var uploads = store.UploadsOf("302");

        Assert.Equal([2024, 2023], uploads.Select(u => u.Year));
        Assert.Equal((true, true, false, 2), (uploads[0].Current, uploads[0].Held, uploads[0].Refused, uploads[0].Issues));
        Assert.Equal((false, false, true, "a.csv, b.csv"), (uploads[1].Current, uploads[1].Held, uploads[1].Refused, uploads[1].Files));
        Assert.True(store.ConfirmHold(loaded.Id, "302", "analyst"));
        Assert.False(store.ConfirmHold(loaded.Id, "302", "analyst"));
        Assert.False(store.UploadsOf("302")[0].Held);
        Assert.Empty(store.HeldOf("302"));
    }

    private static LoadedSubmission Load(RegionalStore store, SubmissionKey key, int children) =>
        store.Replace(key, "test", writer =>
        {
            for (var i = 0; i < children; i++)
            {
                writer.AddChild(new ChildRecord("p-" + i, 1, new DateOnly(2012, 1, 1), "WBRI", i + 2));
                writer.AddEpisode(new EpisodeRecord("p-" + i, new DateOnly(key.Year - 1, 6, 1), null, "S", "C2", "N1", "U1", "PR1", null, null, null, null, null, i + 2));
                writer.AddIssue(new ValidationIssue("142", "test", "episodes.csv", "Episodes", i + 2, null, "DEC", IssueSeverity.Flagged));
            }
        });
}
