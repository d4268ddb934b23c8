using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using JoinedUp.Store;
using JoinedUp.Store.Location;

namespace JoinedUp.Ingest.Tests.Confidentiality;

/// <summary>
/// Everything a store holds as text, read two ways: the bytes of the SQLite file and its write-ahead log after a
/// checkpoint (so rows deleted but not yet overwritten count too), and every text value of every table as the engine
/// gives it back (on PostgreSQL the only way; on SQLite it also keeps apart values that the file stores side by side).
/// </summary>
internal static partial class StoreText
{
    /// <summary>The bytes of a SQLite store's file and log as Latin-1 text (every byte one character); empty for PostgreSQL.</summary>
    public static string FileBytes(RegionalStore store)
    {
        if (store.Engine != StoreEngine.Sqlite) return "";
        using (var connection = store.OpenConnection()) connection.Execute("PRAGMA wal_checkpoint(FULL)");
        var text = new StringBuilder();
        foreach (var path in new[] { store.Location.Target, store.Location.Target + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every text value of every table of the store, one after another, each on its own line.</summary>
    public static string TableValues(RegionalStore store)
    {
        using var connection = store.OpenConnection();
        var columns = store.Engine == StoreEngine.Sqlite ? SqliteTextColumns(connection) : PostgresTextColumns(connection);
        var text = new StringBuilder();
        foreach (var (table, column) in columns)
            foreach (var value in connection.Query<string?>($"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\""))
                if (value is not null) text.Append(value).Append('\n');
        return text.ToString();
    }

    private static List<(string Table, string Column)> SqliteTextColumns(DbConnection connection) =>
        connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToList()
            .SelectMany(table => connection.Query<(long Cid, string Name, string Type)>($"SELECT cid, name, type FROM pragma_table_info('{table}')")
                .Where(c => c.Type.Contains("TEXT", StringComparison.OrdinalIgnoreCase) || c.Type.Length == 0)
                .Select(c => (table, c.Name)))
            .ToList();

    private static List<(string Table, string Column)> PostgresTextColumns(DbConnection connection) =>
        connection.Query<(string, string)>("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
            """).ToList();

    /// <summary>
    /// The words of a text: runs of letters and digits. An identifier is looked for as a whole word, so that a short
    /// number is not "found" inside a longer one (a URN, a cost, a pseudonym's hex digits).
    /// </summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>Every full date written dd/mm/yyyy or yyyy-mm-dd, wherever it stands (in the file, values can sit side by side with no space).</summary>
    public static IEnumerable<DateOnly> Dates(string text)
    {
        foreach (Match m in IsoDate().Matches(text))
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) yield return d;
        foreach (Match m in UkDate().Matches(text))
            if (DateOnly.TryParseExact(m.Value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) yield return d;
    }

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex("[0-9]{2}/[0-9]{2}/[0-9]{4}")]
    private static partial Regex UkDate();
}
