namespace JoinedUp.Synthetic.Children;

/// <summary>SSDA903 previous permanence: whether the child was adopted or under an SGO or child arrangements order before care.</summary>
/// <param name="Code">PREV_PERM: P1 adoption, P2 special guardianship order, P3 residence or child arrangements order, Z1 none.</param>
/// <param name="LaCode">LA_PERM: DfE code of the LA that made the order, where known.</param>
/// <param name="Date">DATE_PERM: date of the order, where known.</param>
public sealed record PreviousPermanence(string Code, string? LaCode, DateOnly? Date)
{
    public static PreviousPermanence None { get; } = new("Z1", null, null);
}
