using System.Net.Sockets;
using Npgsql;

namespace JoinedUp.Store;

/// <summary>
/// Tells a store that cannot be reached (PostgreSQL stopped, restarting, refusing connections, the network gone) from
/// other failures, wherever the exception was wrapped, so that the web app can answer 503 and the CLI one clear line.
/// </summary>
public static class StoreOutage
{
    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
                // Connection exceptions (08), operator intervention such as a shutdown (57), too many connections (53300).
                case PostgresException server:
                    return server.SqlState.StartsWith("08", StringComparison.Ordinal) || server.SqlState.StartsWith("57", StringComparison.Ordinal)
                        || server.SqlState == PostgresErrorCodes.TooManyConnections;
                // Npgsql's own: the connection could not be opened or broke.
                case NpgsqlException:
                case SocketException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>The one line to show: what happened, without a stack trace.</summary>
    public static string Describe(Exception e)
    {
        var server = Find<PostgresException>(e);
        if (server is null && Find<TimeoutException>(e) is not null)
            return "The store did not answer in time (it may be stopped, unreachable or overloaded).";
        var detail = server is not null ? $"{server.SqlState}: {server.MessageText}" : (Find<NpgsqlException>(e) ?? e).Message;
        return $"The store cannot be reached ({detail}).";
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions)
                    if (Find<T>(inner) is { } nested) return nested;
        }
        return null;
    }
}
