namespace JoinedUp.Ingest.Validation.Ssda903.Rules;

/// <summary>DfE 376: an episode in temporary placement T3 may last at most 21 days (DEC no later than DECOM plus 21 days).</summary>
public sealed class Rule376() : TemporaryPlacementLength("376", "A temporary placement while the usual foster carers are on holiday (T3) lasted more than three weeks.", "T3", 21);
