using Dapper;
using JoinedUp.Domain.Validation;
using JoinedUp.Store.Location;
using JoinedUp.Store.Schema;
using JoinedUp.TestSupport;

namespace JoinedUp.Store.Tests;

/// <summary>
/// Migration 4: a store written by an older version holds validation messages that quote the child's own ID or date of
/// birth (as the older readers wrote them); opened by this version, none is left, and messages that quote nothing
/// identifying are kept word for word.
/// </summary>
public sealed class StoredMessageMigrationTests
{
    /// <summary>Messages as the older code stored them: rule, field, message, and what must not survive.</summary>
    private static readonly (string Rule, string? Field, string Message, string[] Identifying)[] Older =
    [
        ("JU01", "CHILD", "Child 4362674153 has an episode but no row in the header table.", ["4362674153"]),
        ("JU14", "CHILD", "Child CHX9173645 appears more than once in the header table.", ["CHX9173645"]),
        ("301", "DOB", "Date of birth 03/05/2021 is after the collection year ended.", ["03/05/2021"]),
        ("JU-CIN-01", "LAchildID", "Child DfEX0000001 appears more than once in the file.", ["DfEX0000001"]),
        ("JU-CIN-04", "CINreferralDate", "The referral (1965-10-06) is before the child's date of birth (1966-03-24).", ["1966-03-24"]),
        ("JU-SNAP-11", "child_id", "Row 7 (child_id): child 2680350585 is already on an earlier row.", ["2680350585"]),
        ("JU-SNAP-11", "child_id", "Sheet 'Snapshot' cell B9 (child_id): child C1001 is already on an earlier row.", ["C1001"]),
        ("JU-SNAP-06", "date_of_birth", "Row 8 (date_of_birth): '31/02/2012' is not a valid date (dd/mm/yyyy).", ["31/02/2012"]),
        ("JU-SEN2-12", "UPN", "A123456789012 appears more than once.", ["A123456789012"]),
        ("152", "HOME_POST", "HOME_POST 'CR0 2ABQ' is not a UK postcode.", ["CR0 2ABQ"]),
        ("JU99", "NOTE", "A message of a shape no version wrote, naming B223456789013 and 943 476 5919.", ["B223456789013", "943 476 5919"]),
    ];

    /// <summary>Messages that quote nothing identifying: left as they are.</summary>
    private static readonly (string Rule, string? Field, string Message)[] Harmless =
    [
        ("356", "DEC", "The episode ended (20/01/2020) before it began (15/06/2020)."),
        ("501", "DECOM", "The episode begins on 01/09/2020, before the previous one (row 2) ended on 12/09/2020."),
        ("141", "DECOM", "DECOM '31/06/2020' is not a valid date (dd/mm/yyyy)."),
        ("JU-SEN2-13", "StartDate", "The plan was issued 25.3 weeks after the request, with no exception recorded."),
        ("JU-SNAP-10", "sourcing", "Row 4 (sourcing): 'by phone' is not one of: spot purchase, framework, block contract."),
    ];

    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void An_older_store_opened_keeps_no_message_that_quotes_a_child(string engine)
    {
        using var test = TestStore.Open(engine);
        using (var connection = test.Store.OpenConnection())
        {
            // Put the store back as it was before migration 4, holding the messages the older code wrote.
            connection.Execute("DELETE FROM store_meta WHERE name = 'migration:4'");
            var rows = Older.Select(o => (o.Rule, o.Field, o.Message)).Concat(Harmless).ToList();
            for (var copy = 0; copy < 3; copy++)
                connection.Execute("""
                    INSERT INTO validation_issue (submission_id, rule_code, message, file, table_name, row_number, pseudonym, field, severity)
                    VALUES (@submission, @Rule, @Message, 'episodes.csv', 'episodes', @row, @pseudonym, @Field, 'Flagged')
                    """, rows.Select((r, i) => new { submission = 7L, r.Rule, r.Message, row = i + 2 + copy * 100, pseudonym = $"p{i}", r.Field }));
        }

        // Opening the store runs the missing migration.
        using var reopened = RegionalStore.Open(test.Store.Location, key: engine == StoreEngines.Postgres ? TestStore.PostgresKey : null);
        using var after = reopened.OpenConnection();
        Assert.Contains(4, SchemaMigrator.AppliedVersions(after));
        var stored = after.Query<(string Rule, string? Field, string Message, long Row, string Pseudonym)>(
            "SELECT rule_code, field, message, row_number, pseudonym FROM validation_issue").ToList();
        Assert.Equal(3 * (Older.Length + Harmless.Length), stored.Count);
        foreach (var (rule, field, message, row, pseudonym) in stored)
        {
            Assert.False(IdentifyingText.Quotes(message, field), message);
            foreach (var identifying in Older.SelectMany(o => o.Identifying)) Assert.DoesNotContain(identifying, message, StringComparison.OrdinalIgnoreCase);
            // Only the message changes: the row and the pseudonym beside it stay.
            var index = (int)((row - 2) % 100);
            Assert.Equal($"p{index}", pseudonym);
            Assert.Equal(index < Older.Length ? Older[index].Rule : Harmless[index - Older.Length].Rule, rule);
        }
        foreach (var (rule, field, message) in Harmless)
            Assert.Equal(3, stored.Count(s => s.Rule == rule && s.Message == message));
        // Known shapes come back in today's words, naming the table, row and field.
        Assert.Equal(3, stored.Count(s => s.Message == "The episode's child (CHILD) has no row in the header table."));
        Assert.Equal(3, stored.Count(s => s.Message == "Row 7 (child_id): the same child is already on an earlier row."));
        Assert.Equal(3, stored.Count(s => s.Message == "Sheet 'Snapshot' cell B9 (child_id): the same child is already on an earlier row."));
        Assert.Equal(3, stored.Count(s => s.Message == "The referral (1965-10-06) is before the child's date of birth (PersonBirthDate)."));
        Assert.Equal(3, stored.Count(s => s.Message == IdentifyingText.Withheld("JU99", "NOTE")));
    }

    [Fact]
    public void Each_older_shape_is_rewritten_and_each_harmless_message_kept()
    {
        foreach (var (rule, field, message, identifying) in Older)
        {
            var cleaned = StoredMessageCleaning.Rewrite(rule, field, message);
            Assert.NotEqual(message, cleaned);
            Assert.All(identifying, i => Assert.DoesNotContain(i, cleaned, StringComparison.OrdinalIgnoreCase));
        }
        foreach (var (rule, field, message) in Harmless) Assert.Equal(message, StoredMessageCleaning.Rewrite(rule, field, message));
    }
}
