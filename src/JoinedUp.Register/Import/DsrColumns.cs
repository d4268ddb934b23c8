using JoinedUp.Register.Entries;

namespace JoinedUp.Register.Import;

/// <summary>
/// Headers of DSR spreadsheets as ICSs keep them today, matched tolerantly (case, spaces and punctuation ignored,
/// common alternative names accepted). Columns that would identify a child (name, NHS number, date of birth,
/// address) are recognised and deliberately not read.
/// </summary>
public static class DsrColumns
{
    private static readonly (DsrColumn Column, string Header, string[] Synonyms)[] Table =
    [
        (DsrColumn.ChildId, "Child ID", ["child id", "childid", "la child id", "child identifier", "child ref", "child reference", "case id", "case number", "mosaic id", "lcs id", "liquidlogic id", "local id", "person id", "id"]),
        (DsrColumn.RegisterReference, "Register reference", ["dsr reference", "dsr ref", "register ref", "dsr id"]),
        (DsrColumn.La, "LA", ["la", "local authority", "la code", "borough", "responsible la", "council", "authority"]),
        (DsrColumn.Footprint, "ICS", ["ics", "icb", "footprint", "integrated care system"]),
        (DsrColumn.Rating, "RAG rating", ["rag", "rag rating", "rating", "rag status", "risk rating", "current rag", "rag rating current", "status"]),
        (DsrColumn.Reason, "Reason for rating", ["reason", "rag reason", "rationale", "reason for rag", "reason for rating", "rating reason"]),
        (DsrColumn.RatingSince, "Rating since", ["rating since", "rag date", "date of rating", "rated on"]),
        (DsrColumn.Keyworker, "Keyworker", ["keyworker", "key worker", "named keyworker", "lead professional", "allocated keyworker"]),
        (DsrColumn.Agencies, "Agencies involved", ["agencies", "agencies involved", "services involved", "professionals involved", "involved agencies"]),
        (DsrColumn.RiskIndicators, "Risk indicators", ["risk indicators", "risks", "risk factors", "indicators"]),
        (DsrColumn.ConsentGivenBy, "Consent given by", ["consent given by", "consent from", "consent by", "consenting person"]),
        (DsrColumn.ConsentDate, "Consent date", ["consent date", "date of consent", "consent given on", "date consent given"]),
        (DsrColumn.ConsentBasis, "Consent basis", ["consent basis", "basis of consent", "lawful basis", "legal basis", "basis for sharing"]),
        (DsrColumn.ConsentWithdrawn, "Consent withdrawn", ["consent withdrawn", "consent withdrawn on", "date consent withdrawn", "withdrawn"]),
        (DsrColumn.EnteredOn, "Date added", ["date added", "date added to register", "added", "date entered", "entered", "date of entry", "referral date"]),
        (DsrColumn.NextReview, "Next review", ["next review", "next review date", "review due", "review date"]),
        (DsrColumn.CetrDue, "CETR due", ["cetr due", "cetr date", "cetr", "cetr due date", "ctr due"]),
        (DsrColumn.LaepDue, "LAEP due", ["laep due", "laep date", "laep", "laep due date"]),
    ];

    private static readonly string[] Identifying =
    [
        "name", "child name", "first name", "forename", "surname", "last name", "full name", "nhs number", "nhs no", "nhs",
        "dob", "date of birth", "birth date", "address", "postcode", "upn", "unique pupil number", "parent name", "carer name",
    ];

    public static IReadOnlyList<DsrColumn> ExportOrder { get; } =
    [
        DsrColumn.RegisterReference, DsrColumn.La, DsrColumn.Footprint, DsrColumn.Rating, DsrColumn.Reason, DsrColumn.RatingSince,
        DsrColumn.Keyworker, DsrColumn.Agencies, DsrColumn.RiskIndicators, DsrColumn.ConsentGivenBy, DsrColumn.ConsentDate,
        DsrColumn.ConsentBasis, DsrColumn.ConsentWithdrawn, DsrColumn.EnteredOn, DsrColumn.NextReview, DsrColumn.CetrDue, DsrColumn.LaepDue,
    ];

    public static string Header(DsrColumn column) => Table.Single(t => t.Column == column).Header;

    public static DsrColumn? Match(string header)
    {
        var key = Spelling.Key(header);
        if (key.Length == 0) return null;
        foreach (var t in Table)
            if (Spelling.Key(t.Header) == key || t.Synonyms.Any(s => Spelling.Key(s) == key)) return t.Column;
        return null;
    }

    /// <summary>Whether a header names a field that identifies a child, which the register never reads.</summary>
    public static bool IsIdentifying(string header) => Identifying.Any(s => Spelling.Key(s) == Spelling.Key(header));
}
