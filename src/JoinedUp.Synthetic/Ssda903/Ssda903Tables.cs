namespace JoinedUp.Synthetic.Ssda903;

/// <summary>The SSDA903 CSV tables an LA sends, by file name, with the DfE's column names in order.</summary>
public static class Ssda903Tables
{
    public static readonly string[] Header = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"];
    public static readonly string[] Episodes = ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"];
    public static readonly string[] Uasc = ["CHILD", "SEX", "DOB", "DUC"];
    public static readonly string[] Reviews = ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"];
    public static readonly string[] Missing = ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"];
    public static readonly string[] Oc2 = ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"];
    public static readonly string[] Oc3 = ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"];
    public static readonly string[] PreviousPermanence = ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"];
    public static readonly string[] Ad1 = ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
    public static readonly string[] PlacedForAdoption = ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"];
    public static readonly string[] SocialWorkerEpisodes = ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"];

    /// <summary>File name to columns, in the order the writer writes them.</summary>
    public static IReadOnlyList<(string FileName, string[] Columns)> All { get; } =
    [
        ("header.csv", Header), ("episodes.csv", Episodes), ("uasc.csv", Uasc), ("reviews.csv", Reviews), ("missing.csv", Missing),
        ("oc2.csv", Oc2), ("oc3.csv", Oc3), ("previous_permanence.csv", PreviousPermanence), ("ad1.csv", Ad1),
        ("placed_for_adoption.csv", PlacedForAdoption), ("sw_episodes.csv", SocialWorkerEpisodes),
    ];

    /// <summary>SSDA903 dates are written dd/mm/yyyy.</summary>
    public const string DateFormat = "dd/MM/yyyy";
}
