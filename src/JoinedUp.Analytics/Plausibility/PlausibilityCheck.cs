using System.Globalization;
using Dapper;
using JoinedUp.Domain.Returns;
using JoinedUp.Store;

namespace JoinedUp.Analytics.Plausibility;

/// <summary>
/// Compares a newly loaded return's headline figures (<see cref="HeadlineFigures"/>) with the same LA's returns of the
/// year before and the year after, where the store holds them. A change beyond the tolerance of docs/decisions/0009
/// (more than <see cref="RelativeTolerance"/> of the other year's figure and more than <see cref="AbsoluteTolerance"/>
/// children) is a warning: the return is held until the LA's analyst confirms it.
/// </summary>
public static class PlausibilityCheck
{
    /// <summary>A change larger than this share of the other year's figure...</summary>
    public const double RelativeTolerance = 0.5;

    /// <summary>...and larger than this many children is implausible.</summary>
    public const int AbsoluteTolerance = 20;

    /// <summary>The warnings for the submission with this id; empty when its figures are in line with its neighbours'.</summary>
    public static IReadOnlyList<string> Warnings(RegionalStore store, long submissionId, SubmissionKey key)
    {
        var figures = HeadlineFigures.Of(store, submissionId, key);
        var warnings = new List<string>();
        foreach (var other in new[] { key.Year - 1, key.Year + 1 })
        {
            if (SubmissionId(store, key with { Year = other }) is not { } otherId) continue;
            var theirs = HeadlineFigures.Of(store, otherId, key with { Year = other }).ToDictionary(f => f.Name, f => f.Value);
            foreach (var (name, value) in figures)
            {
                if (!theirs.TryGetValue(name, out var was) || !Implausible(was, value)) continue;
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{char.ToUpperInvariant(name[0])}{name[1..]}: {value:N0} in {key.Year} against {was:N0} in {other} ({Change(was, value)})."));
            }
        }
        return warnings;
    }

    /// <summary>True when a figure of <paramref name="now"/> against <paramref name="was"/> in the other year is beyond both tolerances.</summary>
    public static bool Implausible(int was, int now)
    {
        var difference = Math.Abs(now - was);
        return difference > AbsoluteTolerance && difference > RelativeTolerance * was;
    }

    private static string Change(int was, int now) => was == 0
        ? "none the other year"
        : string.Create(CultureInfo.InvariantCulture, $"{(now - was) * 100.0 / was:+0;-0}%");

    private static long? SubmissionId(RegionalStore store, SubmissionKey key)
    {
        using var connection = store.OpenConnection();
        return connection.ExecuteScalar<long?>("SELECT id FROM submission WHERE la = @la AND return_kind = @kind AND year = @year",
            new { la = key.LaCode, kind = key.Return.Code(), year = key.Year });
    }
}
