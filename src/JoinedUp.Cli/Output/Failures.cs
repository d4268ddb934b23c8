using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Ingest.Files;
using JoinedUp.Store;

namespace JoinedUp.Cli.Output;

/// <summary>
/// Turns the failures a user can act on into one clear message on stderr and exit code 2; with <paramref name="json"/>
/// (the command's --json), a refused file, or a store that cannot be reached, is also printed as the command's one JSON
/// line on stdout.
/// </summary>
public static class Failures
{
    public static int Guard(Func<int> action, Func<bool>? json = null)
    {
        try
        {
            return action();
        }
        catch (ReturnFileException e)
        {
            if (json?.Invoke() == true) Console.WriteLine(SubmissionJson.Refused(e.Issue));
            return Fail(e.Issue.ToString());
        }
        catch (Exception e) when (StoreOutage.Is(e))
        {
            // PostgreSQL stopped or unreachable: what was committed before is kept, what was being loaded was rolled back.
            var message = StoreOutage.Describe(e) + " Whatever was being written was rolled back; run the command again when the store is back.";
            if (json?.Invoke() == true) Console.WriteLine(SubmissionJson.Failed(message));
            return Fail(message);
        }
        catch (Exception e) when (e is StoreException or PseudonymKeyException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"joinedup: {message}");
        return 2;
    }
}
