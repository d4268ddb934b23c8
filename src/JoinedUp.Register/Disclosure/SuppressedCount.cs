namespace JoinedUp.Register.Disclosure;

/// <summary>A regional count as published: the number, or nothing when it is suppressed (shown as "[c]").</summary>
public readonly record struct SuppressedCount(int? Value)
{
    public bool IsSuppressed => Value is null;

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "[c]";
}
