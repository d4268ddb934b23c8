namespace JoinedUp.Domain.Codes;

/// <summary>The code sets of the DfE school census exclusions module that the LA's exclusions and attendance extract uses.</summary>
public static class SchoolCensusCodeLists
{
    /// <summary>ExclusionCategory: PERM permanent exclusion; SUSP suspension (FIXD, fixed-period exclusion, before 2021/22).</summary>
    public static CodeList ExclusionCategory { get; } = new("ExclusionCategory",
    [
        ("PERM", "Permanent exclusion"),
        ("SUSP", "Suspension"),
    ]);

    /// <summary>ExclusionReason codes (from September 2020; OT "other" before it).</summary>
    public static CodeList ExclusionReason { get; } = new("ExclusionReason",
    [
        ("PP", "Physical assault against a pupil"),
        ("PA", "Physical assault against an adult"),
        ("VP", "Verbal abuse or threatening behaviour against a pupil"),
        ("VA", "Verbal abuse or threatening behaviour against an adult"),
        ("OW", "Use or threat of use of an offensive weapon or prohibited item"),
        ("BU", "Bullying"),
        ("RA", "Racist abuse"),
        ("LG", "Abuse against sexual orientation or gender identity"),
        ("DS", "Abuse relating to disability"),
        ("SM", "Sexual misconduct"),
        ("DM", "Drug and alcohol related"),
        ("DA", "Damage"),
        ("TH", "Theft"),
        ("PD", "Persistent disruptive behaviour"),
        ("MT", "Inappropriate use of social media or online technology"),
        ("PH", "Wilful and repeated transgression of protective measures in place to protect public health"),
        ("OT", "Other"),
    ]);
}
