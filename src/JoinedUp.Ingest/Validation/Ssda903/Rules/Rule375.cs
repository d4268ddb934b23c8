namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 375: an episode in temporary placement T1 may last at most 42 days (DEC no later than DECOM plus 42 days).</summary>
public sealed class Rule375() : TemporaryPlacementLength("375", "A hospital placement coded as temporary (T1) lasted more than six weeks.", "T1", 42);
