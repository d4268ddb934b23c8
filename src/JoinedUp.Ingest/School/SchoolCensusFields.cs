namespace JoinedUp.Ingest.School;

/// <summary>
/// The columns of the LA's exclusions and attendance extract, named as the DfE school census names them (the
/// exclusions module: ExclusionCategory, ExclusionReason, ExclusionStartDate, ExclusionSessions; the termly attendance
/// module: SessionsPossible, SessionsAuthorised, SessionsUnauthorised), with the pupil's UPN, DOB, Sex and Ethnicity and
/// the school's URN. Headings are matched ignoring case, spaces and punctuation, so "Exclusion start date" is
/// ExclusionStartDate.
/// </summary>
public static class SchoolCensusFields
{
    /// <summary>One column: its census name, other headings LAs use for it, and whether every row needs a value.</summary>
    public sealed record Field(string Name, string[] Aliases, bool Required);

    public static readonly Field Upn = new("UPN", ["UniquePupilNumber"], true);
    public static readonly Field BirthDate = new("DOB", ["DateOfBirth", "PersonBirthDate", "BirthDate"], false);
    public static readonly Field Sex = new("Sex", ["Gender", "GenderCurrent"], false);
    public static readonly Field Ethnicity = new("Ethnicity", [], false);
    public static readonly Field Urn = new("URN", ["SchoolURN"], false);

    public static readonly Field Category = new("ExclusionCategory", ["Category"], true);
    public static readonly Field Reason = new("ExclusionReason", ["Reason"], true);
    public static readonly Field StartDate = new("ExclusionStartDate", ["StartDate"], true);
    public static readonly Field Sessions = new("ExclusionSessions", ["Sessions"], false);

    public static readonly Field AcademicYear = new("AcademicYear", [], true);
    public static readonly Field Term = new("Term", [], true);
    public static readonly Field SessionsPossible = new("SessionsPossible", ["TermlySessionsPossible"], true);
    public static readonly Field SessionsAuthorised = new("SessionsAuthorised", ["AuthorisedAbsence", "TermlySessionsAuthorised", "SessionsAuthorisedAbsence"], true);
    public static readonly Field SessionsUnauthorised = new("SessionsUnauthorised", ["UnauthorisedAbsence", "TermlySessionsUnauthorised", "SessionsUnauthorisedAbsence"], true);

    public static IReadOnlyList<Field> Exclusions { get; } = [Upn, BirthDate, Sex, Ethnicity, Urn, Category, Reason, StartDate, Sessions];

    public static IReadOnlyList<Field> Attendance { get; } = [Upn, BirthDate, Sex, Ethnicity, Urn, AcademicYear, Term, SessionsPossible, SessionsAuthorised, SessionsUnauthorised];

    /// <summary>Which table headings hold: exclusions (UPN and ExclusionCategory), attendance (UPN and SessionsPossible), or neither.</summary>
    public static SchoolTableKind? KindOf(IReadOnlyList<string> headings)
    {
        if (IndexOf(headings, Upn) < 0) return null;
        if (IndexOf(headings, Category) >= 0) return SchoolTableKind.Exclusions;
        if (IndexOf(headings, SessionsPossible) >= 0) return SchoolTableKind.Attendance;
        return null;
    }

    public static IReadOnlyList<Field> FieldsOf(SchoolTableKind kind) => kind == SchoolTableKind.Exclusions ? Exclusions : Attendance;

    /// <summary>The column index of a field in headings, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> headings, Field field)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = Normal(headings[i]);
            if (heading == Normal(field.Name) || field.Aliases.Any(a => Normal(a) == heading)) return i;
        }
        return -1;
    }

    private static string Normal(string text) => new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}

/// <summary>The two tables of the extract.</summary>
public enum SchoolTableKind
{
    Exclusions,
    Attendance,
}
