using System.Text.Json;
using System.Text.Json.Nodes;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;

namespace JoinedUp.Cli.Output;

/// <summary>
/// The one JSON summary `import --json` and `validate --json` print for LAs' own automation:
/// {"submissions":[{"la":"302","return":"ssda903","year":2021,"children":N,"episodes":N,"refused":false,"errors":{"RULE":count}}]};
/// a file refused before any submission could be formed gives {"submissions":[],"files":[{"file":..,"refused":true,"rule":..,"row":..,"message":..}]};
/// a store that could not be reached gives {"submissions":[],"error":".."}.
/// </summary>
public static class SubmissionJson
{
    public static string Write(ImportOutcome outcome)
    {
        var submissions = new JsonArray();
        foreach (var s in outcome.Submissions)
        {
            var errors = new JsonObject();
            foreach (var (rule, count) in s.IssueCounts) errors[rule] = count;
            submissions.Add(new JsonObject
            {
                ["la"] = s.Key.LaCode,
                ["return"] = s.Key.Return.Code(),
                ["year"] = s.Key.Year,
                ["children"] = s.Children,
                ["episodes"] = s.Episodes,
                ["refused"] = s.Refused,
                ["errors"] = errors,
            });
        }
        return new JsonObject { ["submissions"] = submissions }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>The JSON line for a file refused whole before it could be grouped into a submission (a DTD, a file that cannot be read).</summary>
    public static string Refused(Domain.Validation.ValidationIssue issue) => new JsonObject
    {
        ["submissions"] = new JsonArray(),
        ["files"] = new JsonArray(new JsonObject
        {
            ["file"] = issue.File,
            ["refused"] = true,
            ["rule"] = issue.RuleCode,
            ["row"] = issue.Row,
            ["message"] = issue.Message,
        }),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The JSON line for a command that could not finish (the store became unreachable): no submission result, and why.</summary>
    public static string Failed(string message) => new JsonObject
    {
        ["submissions"] = new JsonArray(),
        ["error"] = message,
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
