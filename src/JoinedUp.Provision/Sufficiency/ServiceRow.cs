namespace JoinedUp.Provision.Sufficiency;

/// <summary>One kind of community service across the area's LAs: what the service mapping returns list (no children's data).</summary>
/// <param name="LasWithout">Names of the area's LAs whose return lists no service of this kind.</param>
public sealed record ServiceRow(string Kind, int Services, int Capacity, double? MedianWaitWeeks, int DiagnosisRequired, IReadOnlyList<string> LasWithout);
