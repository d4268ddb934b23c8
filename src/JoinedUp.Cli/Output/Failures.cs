using JoinedUp.Domain.Pseudonymisation;
using JoinedUp.Ingest.Files;
using JoinedUp.Store;

namespace JoinedUp.Cli.Output;

/// <summary>Turns the failures a user can act on into one clear message on stderr and exit code 2.</summary>
public static class Failures
{
    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ReturnFileException e)
        {
            return Fail(e.Issue.ToString());
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
