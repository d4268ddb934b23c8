namespace JoinedUp.Forecast.Model;

/// <summary>
/// Bootstrap intervals: the reference window's children are resampled with replacement
/// <see cref="Samples"/> times (seeded, so results repeat), each sample's rates projected, and the
/// interval taken between the (1 - Level) / 2 and (1 + Level) / 2 percentiles.
/// </summary>
public sealed record BootstrapOptions(int Samples = 200, double Level = 0.9, int Seed = 903);
