namespace JoinedUp.Analytics.Sen2;

/// <summary>The DfE's SEN type codes (SEN2, school census, the placements snapshot's needs) in words.</summary>
public static class SenTypes
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["SPLD"] = "Specific learning difficulty",
        ["MLD"] = "Moderate learning difficulty",
        ["SLD"] = "Severe learning difficulty",
        ["PMLD"] = "Profound and multiple learning difficulty",
        ["SEMH"] = "Social, emotional and mental health",
        ["SLCN"] = "Speech, language and communication needs",
        ["HI"] = "Hearing impairment",
        ["VI"] = "Vision impairment",
        ["MSI"] = "Multi-sensory impairment",
        ["PD"] = "Physical disability",
        ["ASD"] = "Autistic spectrum disorder",
        ["OTH"] = "Other difficulty or disability",
        ["NSA"] = "SEN support but no specialist assessment",
    };

    public static string Describe(string code) => Names.TryGetValue(code, out var name) ? $"{code} {name}" : code;
}
