namespace JoinedUp.Synthetic.Children;

/// <summary>A statutory review of a looked-after child's care plan (SSDA903 reviews), with the child's participation code PN0-PN7.</summary>
public sealed record ChildReview(DateOnly Date, string ParticipationCode);
