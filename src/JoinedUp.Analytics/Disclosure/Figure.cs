using System.Globalization;

namespace JoinedUp.Analytics.Disclosure;

/// <summary>A published count: its value, or "c" when small-number suppression withholds it.</summary>
public readonly record struct Figure(long Value, bool Suppressed)
{
    public const string SuppressedMark = "c";

    /// <summary>The value when it may be published, otherwise null.</summary>
    public long? Published => Suppressed ? null : Value;

    public override string ToString() => Suppressed ? SuppressedMark : Value.ToString("N0", CultureInfo.InvariantCulture);
}
