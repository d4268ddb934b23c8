using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using JoinedUp.Domain.Validation;

namespace JoinedUp.Store.Schema;

/// <summary>
/// Migration 4: validation messages that older versions stored with the child's own ID or date of birth in them
/// ("Child 4362674153 has an episode but no row in the header table.", "child 2680350585 is already on an earlier row",
/// "Date of birth 03/05/2021 is after the collection year ended.") are rewritten to today's wording, which names the
/// table, row and field only. Any other message that still quotes something shaped like an identifier (see
/// <see cref="IdentifyingText"/>) is replaced by its rule and field. The same on SQLite and PostgreSQL: the messages are
/// read once, rewritten here, and written back through a temporary table in one statement.
/// </summary>
public static partial class StoredMessageCleaning
{
    /// <summary>Each message shape older versions stored with an identifier in it, the rule it belongs to (null: any) and its rewrite.</summary>
    private static readonly (string? Rule, Regex Shape, string Rewrite)[] Shapes =
    [
        (null, EpisodeChildNotInHeader(), "The episode's child (CHILD) has no row in the header table."),
        (null, ChildTwiceInHeader(), "The same child (CHILD) is already on an earlier row of the header table."),
        (null, BirthAfterCollectionYear(), "The date of birth (DOB) is after the end of the collection year."),
        (null, CinChildTwice(), "The same child (LAchildID) is already on an earlier Child; only that one is loaded."),
        (null, ReferralBeforeBirth(), "The referral (${referral}) is before the child's date of birth (PersonBirthDate)."),
        (null, SnapshotChildTwice(), "${where} (child_id): the same child is already on an earlier row."),
        (null, SnapshotBirthDateNotValid(), "${where} (date_of_birth): the date of birth is not a valid date (dd/mm/yyyy)."),
        (null, BirthDateNotValid(), "${field} is not a valid date (dd/mm/yyyy)."),
        (null, PostcodeNotValid(), "${field} is not a UK postcode."),
        ("JU-SEN2-12", Sen2PersonTwice(), "The same person (UPN, unique learner number, or name and date of birth) as an earlier one; only the first is loaded."),
    ];

    public static void Clean(DbConnection connection, DbTransaction transaction)
    {
        var rewrites = connection.Query<(string Rule, string? Field, string Message)>(
                "SELECT DISTINCT rule_code, field, message FROM validation_issue", transaction: transaction)
            .Select(m => (m.Rule, Field: m.Field ?? "", m.Message, Cleaned: Rewrite(m.Rule, m.Field, m.Message)))
            .Where(m => m.Cleaned != m.Message)
            .ToList();
        if (rewrites.Count == 0) return;
        connection.Execute("""
            CREATE TEMPORARY TABLE message_rewrite (rule_code TEXT NOT NULL, field TEXT NOT NULL, message TEXT NOT NULL, cleaned TEXT NOT NULL,
                PRIMARY KEY (message, rule_code, field))
            """, transaction: transaction);
        connection.Execute("INSERT INTO message_rewrite (rule_code, field, message, cleaned) VALUES (@Rule, @Field, @Message, @Cleaned)",
            rewrites.Select(r => new { r.Rule, r.Field, r.Message, r.Cleaned }), transaction);
        connection.Execute("""
            UPDATE validation_issue SET message = r.cleaned FROM message_rewrite r
            WHERE validation_issue.message = r.message AND validation_issue.rule_code = r.rule_code AND COALESCE(validation_issue.field, '') = r.field
            """, transaction: transaction);
        connection.Execute("DROP TABLE message_rewrite", transaction: transaction);
    }

    /// <summary>The message as today's code would store it: a known older shape rewritten, else the rule and field if it quotes an identifier.</summary>
    public static string Rewrite(string rule, string? field, string message)
    {
        foreach (var (onlyFor, shape, rewrite) in Shapes)
        {
            if (onlyFor is not null && onlyFor != rule) continue;
            var match = shape.Match(message);
            if (match.Success) return match.Result(rewrite);
        }
        return IdentifyingText.Quotes(message, field) ? IdentifyingText.Withheld(rule, field) : message;
    }

    [GeneratedRegex(@"^Child .+ has an episode but no row in the header table\.$", RegexOptions.Singleline)]
    private static partial Regex EpisodeChildNotInHeader();

    [GeneratedRegex(@"^Child .+ appears more than once in the header table\.$", RegexOptions.Singleline)]
    private static partial Regex ChildTwiceInHeader();

    [GeneratedRegex(@"^Date of birth .+ is after the collection year ended\.$", RegexOptions.Singleline)]
    private static partial Regex BirthAfterCollectionYear();

    [GeneratedRegex(@"^Child .+ appears more than once in the file\.$", RegexOptions.Singleline)]
    private static partial Regex CinChildTwice();

    [GeneratedRegex(@"^The referral \((?<referral>[^)]*)\) is before the child's date of birth \([^)]*\)\.$", RegexOptions.Singleline)]
    private static partial Regex ReferralBeforeBirth();

    [GeneratedRegex(@"^(?<where>.+?) \(child_id\): child .+ is already on an earlier row\.$", RegexOptions.Singleline)]
    private static partial Regex SnapshotChildTwice();

    [GeneratedRegex(@"^(?<where>.+?) \(date_of_birth\): '.*' is not a valid date \(dd/mm/yyyy\)\.$", RegexOptions.Singleline)]
    private static partial Regex SnapshotBirthDateNotValid();

    [GeneratedRegex(@"^(?<field>DOB|MC_DOB) '.*' is not a valid date \(dd/mm/yyyy\)\.$", RegexOptions.Singleline)]
    private static partial Regex BirthDateNotValid();

    [GeneratedRegex(@"^(?<field>[A-Za-z_]+) '.*' is not a UK postcode\.$", RegexOptions.Singleline)]
    private static partial Regex PostcodeNotValid();

    [GeneratedRegex(@"^.+ appears more than once\.$", RegexOptions.Singleline)]
    private static partial Regex Sen2PersonTwice();
}
