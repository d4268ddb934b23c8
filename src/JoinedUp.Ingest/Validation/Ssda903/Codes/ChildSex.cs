using JoinedUp.Domain.Codes;

namespace JoinedUp.Ingest.Validation.Ssda903.Codes;

/// <summary>
/// The child's SEX in the SSDA903 Header (and UASC) table, whose codes changed in 2024/25: up to 2023/24 the DfE's list
/// is 1 (male) and 2 (female); from 2024/25 it is M (male), F (female) and U (unknown). Sources: the DfE's children looked
/// after return technical specifications and validation rules (rule 101) for those years, as the public Python validator
/// reads them (lac2022_23 and lac2024_25 rule_101); 2025/26 is taken to keep the 2024/25 list.
/// </summary>
public static class ChildSex
{
    /// <summary>The first collection year (by its end) with the M/F/U codes.</summary>
    public const int LettersFrom = 2025;

    /// <summary>
    /// Every code of any year, for the field check (which does not know the year): a value on no year's list cannot be
    /// stored and refuses the submission; a code of the wrong year is loaded and flagged by rule 101.
    /// </summary>
    public static CodeList AnyYear { get; } = new("SEX",
    [
        ("1", "Male (to 2023/24)"),
        ("2", "Female (to 2023/24)"),
        ("M", "Male (from 2024/25)"),
        ("F", "Female (from 2024/25)"),
        ("U", "Unknown (from 2024/25)"),
    ]);

    /// <summary>True when <paramref name="code"/> is on the list of collection year <paramref name="year"/>.</summary>
    public static bool IsValid(string? code, int year) => year >= LettersFrom ? code is "M" or "F" or "U" : code is "1" or "2";

    /// <summary>The year's code for a male child ("1" to 2023/24, "M" from 2024/25).</summary>
    public static string Male(int year) => year >= LettersFrom ? "M" : "1";

    /// <summary>The year's code for a female child ("2" to 2023/24, "F" from 2024/25).</summary>
    public static string Female(int year) => year >= LettersFrom ? "F" : "2";

    /// <summary>What a code of any year means as the store keeps it: 1 male, 2 female, null unknown (U, blank or not a code).</summary>
    public static int? Stored(string? code) => code switch
    {
        "1" or "M" => 1,
        "2" or "F" => 2,
        _ => null,
    };

    /// <summary>"male", "female" or "unknown", for messages.</summary>
    public static string Words(int? stored) => stored switch
    {
        1 => "male",
        2 => "female",
        _ => "unknown",
    };
}
