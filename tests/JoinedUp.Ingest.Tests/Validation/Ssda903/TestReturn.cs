using JoinedUp.Domain.Returns;
using JoinedUp.Domain.Validation;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Tests.Validation.Ssda903;

/// <summary>
/// A hand-made SSDA903 return for testing one rule: rows added table by table with named fields (each defaulting to a
/// value that breaks no rule, blank when passed null), numbered as a CSV would number them (the heading is row 1).
/// The default collection year is 2024/25 (1 April 2024 to 31 March 2025).
/// </summary>
public sealed class TestReturn(int year = 2025, string la = "302")
{
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);

    public Ssda903Return Return { get; } = new(new SubmissionKey(la, ReturnKind.Ssda903, year));

    public TestReturn Header(string child = "C1", string? sex = "1", string? dob = "01/01/2012", string? ethnic = "WBRI", string? upn = "A123456789012",
        string? mother = null, string? mcDob = null) =>
        Row(Ssda903Tables.Header, child, sex, dob, ethnic, upn, mother, mcDob);

    public TestReturn Episode(string child = "C1", string? decom = "01/05/2024", string? rne = "S", string? ls = "C2", string? cin = "N1",
        string? place = "U1", string? placeProvider = "PR1", string? dec = null, string? rec = null, string? reasonPlaceChange = null,
        string? homePost = "N1 1AA", string? plPost = "N2 2BB", string? urn = "SC123456") =>
        Row(Ssda903Tables.Episodes, child, decom, rne, ls, cin, place, placeProvider, dec, rec, reasonPlaceChange, homePost, plPost, urn);

    public TestReturn Uasc(string child = "C1", string? sex = "1", string? dob = "01/01/2012", string? duc = "01/01/2030") =>
        Row(Ssda903Tables.Uasc, child, sex, dob, duc);

    public TestReturn Review(string child = "C1", string? dob = "01/01/2012", string? review = "01/06/2024", string? reviewCode = "PN1") =>
        Row(Ssda903Tables.Reviews, child, dob, review, reviewCode);

    public TestReturn Missing(string child = "C1", string? dob = "01/01/2012", string? missing = "M", string? misStart = "01/06/2024", string? misEnd = "02/06/2024") =>
        Row(Ssda903Tables.Missing, child, dob, missing, misStart, misEnd);

    public TestReturn Oc2(string child = "C1", string? dob = "01/01/2012", string? sdqScore = "10", string? sdqReason = null, string? convicted = "0",
        string? healthCheck = "1", string? immunisations = "1", string? teethCheck = "1", string? healthAssessment = "1", string? substanceMisuse = "0",
        string? interventionReceived = null, string? interventionOffered = null) =>
        Row(Ssda903Tables.Oc2, child, dob, sdqScore, sdqReason, convicted, healthCheck, immunisations, teethCheck, healthAssessment, substanceMisuse,
            interventionReceived, interventionOffered);

    public TestReturn Oc3(string child = "C1", string? dob = "01/01/2006", string? inTouch = "YES", string? activ = "F1", string? accom = "S") =>
        Row(Ssda903Tables.Oc3, child, dob, inTouch, activ, accom);

    public TestReturn PreviousPermanence(string child = "C1", string? dob = "01/01/2012", string? prevPerm = "Z1", string? laPerm = null, string? datePerm = null) =>
        Row(Ssda903Tables.PreviousPermanence, child, dob, prevPerm, laPerm, datePerm);

    public TestReturn Ad1(string child = "C1", string? dob = "01/01/2020", string? dateInt = "01/06/2023", string? dateMatch = "01/09/2023", string? fosterCare = "0",
        string? nbAdoptr = "2", string? sexAdoptr = "MF", string? lsAdoptr = "L0") =>
        Row(Ssda903Tables.Ad1, child, dob, dateInt, dateMatch, fosterCare, nbAdoptr, sexAdoptr, lsAdoptr);

    public TestReturn PlacedForAdoption(string child = "C1", string? dob = "01/01/2020", string? datePlaced = "01/06/2024", string? datePlacedCeased = null,
        string? reasonPlacedCeased = null) =>
        Row(Ssda903Tables.PlacedForAdoption, child, dob, datePlaced, datePlacedCeased, reasonPlacedCeased);

    public TestReturn SocialWorkerEpisode(string child = "C1", string? dob = "01/01/2012", string? swId = "SW0000001", string? swDecom = "01/05/2024",
        string? swDec = null, string? swReason = null) =>
        Row(Ssda903Tables.SocialWorkerEpisodes, child, dob, swId, swDecom, swDec, swReason);

    /// <summary>Notes that a table was supplied with no rows (rules that need a table to be present).</summary>
    public TestReturn Supplied(TableSpec table)
    {
        Return.Supply(table);
        return this;
    }

    /// <summary>Attaches <paramref name="previous"/> as last year's return (children matched by their IDs).</summary>
    public TestReturn WithPrevious(TestReturn previous, bool fromStore = false)
    {
        Return.AttachPrevious(new PreviousReturn(previous.Return, $"the {CollectionYears.Name(previous.Return.Year)} return", fromStore), id => id);
        return this;
    }

    /// <summary>What <paramref name="rule"/> finds, as the import would run it.</summary>
    public IReadOnlyList<ValidationIssue> Run(Ssda903Rule rule) => Ssda903RuleRunner.Run(Return, [rule]);

    /// <summary>The rows <paramref name="rule"/> flags, as "table:row" (e.g. "episodes:3"), in the order found.</summary>
    public IReadOnlyList<string> Flagged(Ssda903Rule rule) => [.. Run(rule).Select(i => $"{i.Table}:{i.Row}")];

    private TestReturn Row(TableSpec table, params string?[] values)
    {
        var number = _rows.GetValueOrDefault(table.Name, 1) + 1;
        _rows[table.Name] = number;
        Return.Add(Ssda903Return.Typed(table, table.Name + ".csv", number, values));
        return this;
    }
}
