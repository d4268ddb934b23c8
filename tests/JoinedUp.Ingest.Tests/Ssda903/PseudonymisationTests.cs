using System.Text;
using JoinedUp.Ingest.Importing;
using JoinedUp.Store.Location;
using JoinedUp.Store;
using JoinedUp.TestSupport;
using Microsoft.Data.Sqlite;

namespace JoinedUp.Ingest.Tests.Ssda903;

/// <summary>No clear child ID, UPN or full date of birth reaches the regional store: the file's bytes are searched.</summary>
public sealed class PseudonymisationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_sqlite_file_holds_no_child_id_upn_or_date_of_birth_from_the_return()
    {
        var database = _folder.File("region.db");
        var csv = ReturnFiles.CopyFakeCsv(_folder);
        using (var store = RegionalStore.Open(StoreLocation.Parse(database, _folder.Path)))
        {
            new ReturnImporter(store).Import([csv], "302", 2018);
            new ReturnImporter(store).Import([ReturnFiles.Write(_folder, ReturnFiles.CleanHeader, ReturnFiles.CleanEpisodes)], null, null);
        }
        SqliteConnection.ClearAllPools();
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(database) is var main && File.Exists(database + "-wal")
            ? [.. main, .. File.ReadAllBytes(database + "-wal")]
            : main);

        var header = File.ReadLines(Path.Combine(csv, "header.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        header.AddRange(ReturnFiles.CleanHeader.Skip(1).Select(l => l.Split(',')));
        Assert.True(header.Count(c => c[0].Length >= 5) > 2500);
        foreach (var child in header)
        {
            var (id, dob, upn) = (child[0], child[2], child[4]);
            // A two- or three-digit ID ("32") is indistinguishable from an SDQ score or an LA code, so only IDs of five
            // characters or more (nearly all of them) can be searched for meaningfully.
            if (id.Length >= 5) Assert.False(ContainsToken(bytes, id), $"child ID {id} is in the store");
            if (upn.Length > 0) Assert.DoesNotContain(upn, bytes);
            Assert.DoesNotContain(dob, bytes);
            var iso = DateOnly.ParseExact(dob, "dd/MM/yyyy").ToString("yyyy-MM-dd");
            Assert.DoesNotContain("\"" + iso + "\"", bytes); // not as a JSON value of another table
        }
        // Our own test children's full dates of birth are far from any episode date, so they must not appear at all.
        foreach (var iso in new[] { "2009-02-14", "2011-11-03", "2004-07-21" })
            Assert.DoesNotContain(iso, bytes);
        // And the degraded forms are there: birth month and postcode district.
        Assert.Contains("2009-02", bytes);
        Assert.Contains("CR0", bytes);
        Assert.DoesNotContain("CR0 2AB", bytes);
    }

    /// <summary>The ID as a whole token (not inside a longer number such as a URN).</summary>
    private static bool ContainsToken(string haystack, string id)
    {
        for (var at = haystack.IndexOf(id, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(id, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 ? ' ' : haystack[at - 1];
            var after = at + id.Length >= haystack.Length ? ' ' : haystack[at + id.Length];
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after)) return true;
        }
        return false;
    }

    public void Dispose() => _folder.Dispose();
}
