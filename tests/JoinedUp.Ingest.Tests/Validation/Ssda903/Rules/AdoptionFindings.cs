using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903.Rules;

/// <summary>What an adoption rule finds, as "table:row:FIELD" (e.g. "ad1:2:DATE_INT"), in the order found.</summary>
internal static class AdoptionFindings
{
    public static string[] Found(this TestReturn submission, Ssda903Rule rule) =>
        [.. submission.Run(rule).Select(i => $"{i.Table}:{i.Row}:{i.Field}")];
}
