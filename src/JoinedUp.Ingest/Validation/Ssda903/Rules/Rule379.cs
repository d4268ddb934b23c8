namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 379: an episode in temporary placement T4 may last at most 7 days (DEC no later than DECOM plus 7 days).</summary>
public sealed class Rule379() : TemporaryPlacementLength("379", "A temporary placement for another reason (T4) lasted more than seven days.", "T4", 7);
