namespace JoinedUp.Register.Import;

/// <summary>The columns of a DSR spreadsheet as JoinedUp reads and writes them.</summary>
public enum DsrColumn
{
    ChildId,
    RegisterReference,
    La,
    Footprint,
    Rating,
    Reason,
    RatingSince,
    Keyworker,
    Agencies,
    RiskIndicators,
    ConsentGivenBy,
    ConsentDate,
    ConsentBasis,
    ConsentWithdrawn,
    EnteredOn,
    NextReview,
    CetrDue,
    LaepDue,
}
