namespace JoinedUp.Review.Access;

/// <summary>The user may not see or change what they asked for; a review they cannot see is reported like one that does not exist.</summary>
public sealed class ReviewAccessDeniedException(ReviewUser user, string message) : Exception(message)
{
    public ReviewUser User { get; } = user;
}
