using Dapper;
using JoinedUp.Store.Reading;
using JoinedUp.Store.Schema;
using JoinedUp.TestSupport;

namespace JoinedUp.Store.Tests;

/// <summary>
/// Migration 3 moves rows of the small SSDA903 tables from return_record (a row each, fields as a JSON object) into
/// return_block: a store loaded before it keeps every row, field and pseudonym, in the field order of the file.
/// </summary>
public sealed class ReturnBlockMigrationTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.All), MemberType = typeof(StoreEngines))]
    public void Rows_kept_one_per_record_before_blocks_come_through_migration_3_whole(string engine)
    {
        using var test = TestStore.Open(engine);
        var storeEngine = engine == StoreEngines.Postgres ? Location.StoreEngine.Postgres : Location.StoreEngine.Sqlite;
        using var connection = test.Store.OpenConnection();
        // Put the store back as it was before migration 3, with two rows of the missing table in the old form.
        connection.Execute("DROP TABLE return_block");
        connection.Execute("DELETE FROM store_meta WHERE name = 'migration:3'");
        connection.Execute("CREATE TABLE return_record (submission_id BIGINT NOT NULL, table_name TEXT NOT NULL, pseudonym TEXT, row_number INTEGER NOT NULL, fields TEXT NOT NULL)");
        connection.Execute(
            "INSERT INTO return_record (submission_id, table_name, pseudonym, row_number, fields) VALUES (7, 'missing', 'p1', 12, @a), (7, 'reviews', NULL, 3, @b)",
            new { a = """{"MISSING":"M","MIS_START":"2024-01-10","MIS_END":null}""", b = """{"REVIEW":"2024-02-01","REVIEW_CODE":"PN1"}""" });

        SchemaMigrator.Migrate(connection, storeEngine);

        Assert.Contains(3, SchemaMigrator.AppliedVersions(connection));
        var blocks = connection.Query<(long Submission, string Table, int FirstRow, int Count, string Columns, string Rows)>(
            "SELECT submission_id, table_name, first_row, row_count, columns, rows FROM return_block ORDER BY table_name").ToList();
        Assert.Equal(2, blocks.Count);
        var missing = blocks[0];
        Assert.Equal((7L, "missing", 12, 1), (missing.Submission, missing.Table, missing.FirstRow, missing.Count));
        var row = Assert.Single(ReturnBlocks.Rows(missing.FirstRow, missing.Columns, missing.Rows));
        Assert.Equal(["row", "child", "MISSING", "MIS_START", "MIS_END"], row.Keys);
        Assert.Equal(["12", "p1", "M", "2024-01-10", null], row.Values);
        var review = Assert.Single(ReturnBlocks.Rows(blocks[1].FirstRow, blocks[1].Columns, blocks[1].Rows));
        Assert.Equal(("3", null, "PN1"), (review["row"], review["child"], review["REVIEW_CODE"]));
        Assert.Equal(0, connection.ExecuteScalar<long>(
            storeEngine == Location.StoreEngine.Sqlite
                ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'return_record'"
                : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'return_record' AND table_schema = current_schema()"));
    }
}
