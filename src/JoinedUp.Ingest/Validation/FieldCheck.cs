using System.Globalization;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Values;

namespace JoinedUp.Ingest.Validation;

/// <summary>
/// Field-level rules: a required value is present, a date is a date, a code is on its list, a flag is 0 or 1,
/// a postcode and a UPN are well formed. Reports each failure with the field's rule code.
/// </summary>
public static class FieldCheck
{
    public static void Check(ReturnRow row, string? childId, ICollection<ValidationIssue> issues)
    {
        var fields = row.Table.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var spec = fields[i];
            var value = row.Values[i];
            if (value is null)
            {
                if (spec.Required)
                    issues.Add(Issue(row, childId, spec, spec.MissingRule ?? spec.InvalidRule ?? "JU00", $"{spec.Name} is blank but required.", spec.WhenMissing));
                continue;
            }
            var problem = Problem(spec, value);
            if (problem is not null)
                issues.Add(Issue(row, childId, spec, spec.InvalidRule ?? "JU00", problem, spec.WhenInvalid));
        }
    }

    private static string? Problem(FieldSpec spec, string value) => spec.Kind switch
    {
        FieldKind.Date => ReturnDates.TryParse(value, out _) ? null : $"{spec.Name} '{Shown(value)}' is not a valid date (dd/mm/yyyy).",
        // A date of birth and a postcode are the child's: the message names the field, never the value.
        FieldKind.BirthDate => ReturnDates.TryParse(value, out _) ? null : $"{spec.Name} is not a valid date (dd/mm/yyyy).",
        FieldKind.Code => spec.Codes!.Contains(value) ? null : $"{spec.Name} '{Shown(value)}' is not a valid code.",
        FieldKind.Flag => value is "0" or "1" ? null : $"{spec.Name} '{Shown(value)}' must be 0 or 1.",
        FieldKind.Integer => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : $"{spec.Name} '{Shown(value)}' is not a whole number.",
        FieldKind.Postcode => Degrade.IsPostcode(value) ? null : $"{spec.Name} is not a UK postcode.",
        FieldKind.Upn => Upns.IsValid(value) ? null : $"{spec.Name} is not a valid UPN (a letter, 11 digits and a check character, or UN1-UN5).",
        _ => null,
    };

    /// <summary>Values shown in messages are cut short so that a hostile cell cannot flood a report.</summary>
    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static ValidationIssue Issue(ReturnRow row, string? childId, FieldSpec spec, string rule, string message, IssueSeverity severity) =>
        new(rule, message, Path.GetFileName(row.File), row.Table.Name, row.Number, childId, spec.Name, severity);
}
