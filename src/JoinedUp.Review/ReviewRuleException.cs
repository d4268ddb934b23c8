namespace JoinedUp.Review;

/// <summary>A change the review's rules do not allow; the message names the field or file and the rule, and nothing was changed.</summary>
public sealed class ReviewRuleException(string rule, string message) : Exception(message)
{
    /// <summary>A short stable name of the rule broken, e.g. "evidence-type".</summary>
    public string Rule { get; } = rule;
}
