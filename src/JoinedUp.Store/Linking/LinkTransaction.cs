using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace JoinedUp.Store.Linking;

/// <summary>
/// Remaking one LA's links as one transaction: it waits for any other remaking of the same LA (see
/// <see cref="StoreLocks.Linking"/>), reads the LA's children as they are committed now (through
/// <see cref="Connection"/> and <see cref="Transaction"/>), and <see cref="Replace"/> swaps every link and unlinked
/// record of the LA for the new ones and clears the LA's pending marks it saw at the start (see
/// <see cref="PendingLinks"/>). A mark committed by a load meanwhile stays, so that load's LA is remade again.
/// Disposing without <see cref="Replace"/> leaves everything as it was.
/// On PostgreSQL the rows are written with binary COPY (one round trip per table, not one per row).
/// </summary>
public sealed class LinkTransaction : IDisposable
{
    private readonly long[] _pending;

    private LinkTransaction(DbConnection connection, DbTransaction transaction, string la, long[] pending)
    {
        Connection = connection;
        Transaction = transaction;
        La = la;
        _pending = pending;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public string La { get; }

    public static LinkTransaction Begin(RegionalStore store, string la)
    {
        var connection = store.OpenConnection();
        DbTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction();
            StoreLocks.Linking(connection, transaction, la);
            var pending = connection.Query<long>("SELECT submission_id FROM link_pending WHERE la = @la", new { la }, transaction).ToArray();
            return new LinkTransaction(connection, transaction, la, pending);
        }
        catch
        {
            transaction?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    public void Replace(IReadOnlyCollection<ChildLinkRow> links, IReadOnlyCollection<ChildUnlinkedRow> unlinked)
    {
        Connection.Execute("DELETE FROM child_link WHERE la = @la", new { la = La }, Transaction);
        Connection.Execute("DELETE FROM child_unlinked WHERE la = @la", new { la = La }, Transaction);
        if (Connection is NpgsqlConnection postgres)
        {
            Copy(postgres, links);
            Copy(postgres, unlinked);
        }
        else
        {
            Connection.Execute(
                "INSERT INTO child_link (la, year, return_kind, pseudonym, linked_year, linked_return, linked_pseudonym, method, confidence) VALUES (@La, @Year, @Return, @Pseudonym, @LinkedYear, @LinkedReturn, @LinkedPseudonym, @Method, @Confidence)",
                links.Select(l => new { La, l.Year, l.Return, l.Pseudonym, l.LinkedYear, l.LinkedReturn, l.LinkedPseudonym, l.Method, l.Confidence }), Transaction);
            Connection.Execute(
                "INSERT INTO child_unlinked (la, year, return_kind, pseudonym, reason) VALUES (@La, @Year, @Return, @Pseudonym, @Reason)",
                unlinked.Select(u => new { La, u.Year, u.Return, u.Pseudonym, u.Reason }), Transaction);
        }
        Connection.Execute("DELETE FROM link_pending WHERE submission_id = @id", _pending.Select(id => new { id }), Transaction);
        Transaction.Commit();
    }

    private void Copy(NpgsqlConnection connection, IReadOnlyCollection<ChildLinkRow> links)
    {
        if (links.Count == 0) return;
        using var importer = connection.BeginBinaryImport(
            "COPY child_link (la, year, return_kind, pseudonym, linked_year, linked_return, linked_pseudonym, method, confidence) FROM STDIN (FORMAT BINARY)");
        foreach (var l in links)
        {
            importer.StartRow();
            importer.Write(La, NpgsqlDbType.Text);
            importer.Write(l.Year, NpgsqlDbType.Integer);
            importer.Write(l.Return, NpgsqlDbType.Text);
            importer.Write(l.Pseudonym, NpgsqlDbType.Text);
            importer.Write(l.LinkedYear, NpgsqlDbType.Integer);
            importer.Write(l.LinkedReturn, NpgsqlDbType.Text);
            importer.Write(l.LinkedPseudonym, NpgsqlDbType.Text);
            importer.Write(l.Method, NpgsqlDbType.Text);
            importer.Write(l.Confidence, NpgsqlDbType.Double);
        }
        importer.Complete();
    }

    private void Copy(NpgsqlConnection connection, IReadOnlyCollection<ChildUnlinkedRow> unlinked)
    {
        if (unlinked.Count == 0) return;
        using var importer = connection.BeginBinaryImport("COPY child_unlinked (la, year, return_kind, pseudonym, reason) FROM STDIN (FORMAT BINARY)");
        foreach (var u in unlinked)
        {
            importer.StartRow();
            importer.Write(La, NpgsqlDbType.Text);
            importer.Write(u.Year, NpgsqlDbType.Integer);
            importer.Write(u.Return, NpgsqlDbType.Text);
            importer.Write(u.Pseudonym, NpgsqlDbType.Text);
            importer.Write(u.Reason, NpgsqlDbType.Text);
        }
        importer.Complete();
    }

    public void Dispose()
    {
        Transaction.Dispose();
        Connection.Dispose();
    }
}
