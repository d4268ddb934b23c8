using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Importing;
using JoinedUp.Ingest.Validation.Ssda903;
using CollectionYears = JoinedUp.Ingest.Validation.Ssda903.CollectionYears;

namespace JoinedUp.Cli.Output;

/// <summary>
/// `validate --rules`: every SSDA903 rule and JoinedUp check (<see cref="Ssda903RuleList"/>) as a text table or JSON,
/// with the count of failures of each when files were validated.
/// JSON: {"year":2025,"rules":[{"code":"101","years":"2023/24 to 2025/26","table":"Header","fields":["SEX"],
/// "message":"..","kind":"DfE rule","status":"runs","query":false,"count":0}],"submissions":[...]}.
/// </summary>
public static class RuleList
{
    /// <summary>Failures per rule code over the SSDA903 submissions of <paramref name="outcome"/>.</summary>
    public static IReadOnlyDictionary<string, int> Counts(ImportOutcome outcome)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in outcome.Submissions.Where(s => s.Key.Return == ReturnKind.Ssda903))
            foreach (var (code, count) in s.IssueCounts)
                counts[code] = counts.GetValueOrDefault(code) + count;
        return counts;
    }

    public static string Text(int? year, IReadOnlyList<Ssda903RuleListing> rules, IReadOnlyDictionary<string, int>? counts)
    {
        var text = new StringBuilder();
        var scope = year is { } y ? $"the {CollectionYears.Name(CollectionYears.RuleYear(y))} collection year" : "every collection year held (2023/24 to 2025/26)";
        text.Append($"SSDA903 rules for {scope}: {rules.Count} in all, {rules.Count(r => r.Status == Ssda903RuleListing.Runs)} run, ")
            .Append($"{rules.Count(r => r.Status.StartsWith("needs data", StringComparison.Ordinal))} need data JoinedUp lacks, ")
            .Append($"{rules.Count(r => r.Status == Ssda903RuleListing.NeedsPreviousReturn)} need last year's return.\n");
        string[] headers = counts is null
            ? ["Code", "Years", "Table", "Fields", "Kind", "Status", "Message"]
            : ["Code", "Years", "Table", "Fields", "Kind", "Status", "Failures", "Message"];
        text.Append(TextTable.Format(headers, rules.Select(r => (IReadOnlyList<string>)(counts is null
            ? [r.Code, r.Years, r.Table, FieldsCell(r.Fields), r.Kind, r.Status, r.Message]
            : [r.Code, r.Years, r.Table, FieldsCell(r.Fields), r.Kind, r.Status, counts.GetValueOrDefault(r.Code).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Message]))));
        return text.ToString();
    }

    /// <summary>The fields, space-separated; a long list is cut to what fits in 40 characters and "+N" (the JSON has them all).</summary>
    private static string FieldsCell(IReadOnlyList<string> fields)
    {
        var all = string.Join(" ", fields);
        if (all.Length <= 40) return all;
        var shown = new StringBuilder();
        var count = 0;
        foreach (var field in fields)
        {
            if (shown.Length + field.Length + 1 > 32) break;
            if (shown.Length > 0) shown.Append(' ');
            shown.Append(field);
            count++;
        }
        return $"{shown} +{fields.Count - count}";
    }

    public static string Json(int? year, IReadOnlyList<Ssda903RuleListing> rules, IReadOnlyDictionary<string, int>? counts, ImportOutcome? outcome)
    {
        var list = new JsonArray();
        foreach (var r in rules)
        {
            var rule = new JsonObject
            {
                ["code"] = r.Code,
                ["years"] = r.Years,
                ["table"] = r.Table,
                ["fields"] = new JsonArray([.. r.Fields.Select(f => (JsonNode)f)]),
                ["message"] = r.Message,
                ["kind"] = r.Kind,
                ["status"] = r.Status,
                ["query"] = r.IsQuery,
            };
            if (counts is not null) rule["count"] = counts.GetValueOrDefault(r.Code);
            list.Add(rule);
        }
        var json = outcome is null ? new JsonObject() : JsonNode.Parse(SubmissionJson.Write(outcome))!.AsObject();
        json["year"] = year is { } y ? CollectionYears.RuleYear(y) : null;
        json["rules"] = list;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
