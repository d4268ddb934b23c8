namespace JoinedUp.Register.Entries;

/// <summary>Codes, labels and spreadsheet spellings of <see cref="Agency"/>.</summary>
public static class Agencies
{
    private static readonly (Agency Agency, string Code, string Label, string[] Synonyms)[] Table =
    [
        (Agency.SocialCare, "social-care", "Children's social care", ["social care", "csc", "social work", "social worker", "childrens social care"]),
        (Agency.EducationSend, "send", "SEND service", ["send", "send team", "education", "sen", "ehcp", "send caseworker"]),
        (Agency.School, "school", "School", ["school", "college", "setting"]),
        (Agency.Camhs, "camhs", "CAMHS", ["camhs", "mental health"]),
        (Agency.CommunityPaediatrics, "paediatrics", "Community paediatrics", ["paediatrics", "paediatrician", "community paediatrics"]),
        (Agency.LearningDisabilityTeam, "ld-team", "Learning disability team", ["ld team", "cldt", "learning disability", "learning disability team"]),
        (Agency.PrimaryCare, "primary-care", "Primary care", ["gp", "primary care"]),
        (Agency.ShortBreaks, "short-breaks", "Short breaks", ["short breaks", "respite"]),
        (Agency.YouthJustice, "youth-justice", "Youth justice", ["yos", "yot", "youth justice", "youth offending"]),
        (Agency.Police, "police", "Police", ["police"]),
        (Agency.VoluntarySector, "voluntary", "Voluntary sector", ["voluntary", "vcs", "charity", "voluntary sector"]),
        (Agency.Other, "other", "Other", ["other"]),
    ];

    public static IReadOnlyList<Agency> All { get; } = Table.Select(t => t.Agency).ToList();

    public static string Code(this Agency agency) => Table.Single(t => t.Agency == agency).Code;

    public static string Label(this Agency agency) => Table.Single(t => t.Agency == agency).Label;

    public static Agency FromCode(string code) => Table.Single(t => t.Code == code).Agency;

    public static bool TryParse(string text, out Agency agency)
    {
        var key = Spelling.Key(text);
        foreach (var t in Table)
        {
            if (Spelling.Key(t.Code) == key || Spelling.Key(t.Label) == key || t.Synonyms.Any(s => Spelling.Key(s) == key))
            {
                agency = t.Agency;
                return true;
            }
        }
        agency = default;
        return false;
    }

    public static string Store(IEnumerable<Agency> agencies)
    {
        var codes = agencies.Distinct().Order().Select(a => a.Code()).ToList();
        return codes.Count == 0 ? "" : "|" + string.Join("|", codes) + "|";
    }

    public static IReadOnlyList<Agency> Read(string stored) =>
        stored.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(FromCode).Order().ToList();
}
