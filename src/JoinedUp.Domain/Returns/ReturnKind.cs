namespace JoinedUp.Domain.Returns;

/// <summary>The statutory and regional returns JoinedUp ingests.</summary>
public enum ReturnKind
{
    /// <summary>SSDA903: children looked after, collected by the DfE each year to 31 March.</summary>
    Ssda903,
    /// <summary>Children in need census.</summary>
    CinCensus,
    /// <summary>SEN2: EHC needs assessments and plans.</summary>
    Sen2,
    /// <summary>The regional snapshot of children in high-cost placements.</summary>
    PlacementsSnapshot,
    /// <summary>The LA's extract of the school census exclusions and termly attendance modules, pupils by UPN.</summary>
    SchoolCensus,
}

public static class ReturnKindNames
{
    public static string Code(this ReturnKind kind) => kind switch
    {
        ReturnKind.Ssda903 => "ssda903",
        ReturnKind.CinCensus => "cin",
        ReturnKind.Sen2 => "sen2",
        ReturnKind.PlacementsSnapshot => "snapshot",
        ReturnKind.SchoolCensus => "school",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The return's name as people know it, e.g. "SSDA903 (children looked after)".</summary>
    public static string Title(this ReturnKind kind) => kind switch
    {
        ReturnKind.Ssda903 => "SSDA903 (children looked after)",
        ReturnKind.CinCensus => "CIN census",
        ReturnKind.Sen2 => "SEN2 (EHC plans)",
        ReturnKind.PlacementsSnapshot => "Placements snapshot",
        ReturnKind.SchoolCensus => "School exclusions and attendance",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The name of the return with a stored code ("ssda903"), or the code itself if it is not one JoinedUp knows.</summary>
    public static string TitleOf(string code) => Enum.GetValues<ReturnKind>().Where(k => k.Code() == code).Select(Title).FirstOrDefault() ?? code;

    public static ReturnKind Parse(string code) => code switch
    {
        "ssda903" => ReturnKind.Ssda903,
        "cin" => ReturnKind.CinCensus,
        "sen2" => ReturnKind.Sen2,
        "snapshot" => ReturnKind.PlacementsSnapshot,
        "school" => ReturnKind.SchoolCensus,
        _ => throw new ArgumentException($"Unknown return '{code}'."),
    };
}
