namespace JoinedUp.Ingest.Sen2;

/// <summary>One &lt;Person&gt; of SEN2 as read from the file; names, postcode and UPN are in clear here and never stored.</summary>
public sealed class Sen2Person
{
    public int Number { get; init; }
    public int Line { get; init; }
    public string? Surname { get; set; }
    public string? Forename { get; set; }
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Ethnicity { get; set; }
    public string? Upn { get; set; }
    public string? UniqueLearnerNumber { get; set; }
    public string? UpnUnknown { get; set; }
    public List<Sen2Request> Requests { get; } = [];
    /// <summary>Elements that SEN2 does not define, by name (reported once each).</summary>
    public List<string> UnknownElements { get; } = [];
}

/// <summary>One &lt;Requests&gt;: a request for an EHC needs assessment, what came of it, and the plan it led to.</summary>
public sealed class Sen2Request
{
    public int Line { get; init; }
    public string? ReceivedDate { get; set; }
    public string? RequestOutcome { get; set; }
    public string? RequestOutcomeDate { get; set; }
    public string? AssessmentOutcome { get; set; }
    public string? AssessmentOutcomeDate { get; set; }
    /// <summary>The reason a plan could not be issued within 20 weeks (Week20), where there was one.</summary>
    public string? Week20Exception { get; set; }
    public string? PlanStart { get; set; }
    public string? PlanCeaseDate { get; set; }
    public string? PlanCeaseReason { get; set; }
    /// <summary>Where the plan places the child: (setting or establishment type, URN, rank), from the plan or the active plan.</summary>
    public List<(string? Setting, string? Urn, int Rank)> Placements { get; } = [];
    public List<(string? Type, string? Rank)> Needs { get; } = [];
}
