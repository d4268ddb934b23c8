namespace JoinedUp.Register.Access;

/// <summary>
/// The acting user may not see or change what they asked for. An entry outside their scope is reported exactly like
/// one that does not exist, so a refusal never reveals that a child is on another LA's register.
/// </summary>
public sealed class RegisterAccessDeniedException(RegisterUser user, string message)
    : Exception(message)
{
    public RegisterUser User { get; } = user;
}
