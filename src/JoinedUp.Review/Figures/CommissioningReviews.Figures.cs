using System.Globalization;
using Dapper;
using JoinedUp.Disclosure;
using JoinedUp.Domain.Returns;
using JoinedUp.Review.Access;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Figures;
using JoinedUp.Store.Keys;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    public const string Protection = "cell key method: counts perturbed (at most ±3; 1 to 4 shown as 0 or 5); shares of fewer than 10 children not shown";

    /// <summary>
    /// Fills in (again) the review's figures from JoinedUp for the area's LAs (lead only): the share of the placements
    /// snapshot's children who are on the Dynamic Support Register, out-of-area placements, the share bought by spot
    /// purchase, and EHC plans issued within 20 weeks (SEN2). A review is read by health, parent carers and, through the
    /// comparison, the region, so every count goes through the disclosure control as a published figure (perturbed, even
    /// for the LA's own review), and only the published values are stored. Audited.
    /// </summary>
    public IReadOnlyList<ReviewFigure> CaptureFigures(ReviewUser user, long reviewId)
    {
        using var connection = _store.OpenConnection();
        var (review, _) = LeadOf(connection, user, reviewId, "review.figures.capture");
        var las = LasOf(review.AreaKind, review.Area);
        var keys = new RecordKeys(RecordKeySecret.For(_store));
        var disclosure = DisclosureControl.Protected;
        var figures = new List<ReviewFigure>();
        var capturedAt = Now;
        string LaNames(IEnumerable<string> codes) => string.Join(", ", codes.Select(LaName));

        var snapshots = Latest(connection, ReturnKind.PlacementsSnapshot, las);
        if (snapshots.Count == 0)
        {
            foreach (var measure in new[] { SnapshotOnRegister, OutOfArea, SpotPurchase })
                figures.Add(new(measure, "Not available", "", $"No placements snapshot has been loaded for {review.AreaName}.", Protection, capturedAt));
        }
        else
        {
            var placements = connection.Query<(string Pseudonym, string La, string? Host, string? Sourcing)>(
                $"SELECT pseudonym, placing_la, host_authority, sourcing FROM snapshot_placement WHERE submission_id IN ({string.Join(",", snapshots.Select(s => s.Id))})").ToList();
            var onRegister = connection.Query<string>(
                $"SELECT pseudonym FROM dsr_entry WHERE consent_withdrawn_on IS NULL AND la IN ({string.Join(",", las.Select((_, i) => "@la" + i))})",
                new DynamicParameters(las.Select((la, i) => new KeyValuePair<string, object>("la" + i, la)))).ToHashSet(StringComparer.Ordinal);
            var children = placements.GroupBy(p => p.Pseudonym).Select(g => g.First()).ToList();
            KeyedChild Key((string Pseudonym, string La, string? Host, string? Sourcing) p) => new(p.La, keys.Of(p.Pseudonym));
            var asOf = string.Join("; ", snapshots.Select(s => $"{LaName(s.La)} snapshot {s.Year}"));
            var source = $"Regional placements snapshot for {LaNames(snapshots.Select(s => s.La))}, loaded {string.Join(", ", snapshots.Select(s => s.LoadedAt[..10]).Distinct())}";

            figures.Add(Share(SnapshotOnRegister, disclosure.Count(children.Where(c => onRegister.Contains(c.Pseudonym)).Select(Key)), disclosure.Count(children.Select(Key)),
                "children in the snapshot", asOf + $"; register as on {Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", source + " and the Dynamic Support Register", capturedAt));
            bool Away((string Pseudonym, string La, string? Host, string? Sourcing) p) =>
                !string.Equals(p.Host?.Trim(), p.La, StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Host?.Trim(), LaName(p.La), StringComparison.OrdinalIgnoreCase);
            var hostKnown = placements.Where(p => !string.IsNullOrWhiteSpace(p.Host)).ToList();
            figures.Add(Share(OutOfArea, disclosure.Count(hostKnown.Where(Away).Select(Key)), disclosure.Count(hostKnown.Select(Key)),
                "placements whose host authority is known", asOf, source, capturedAt));
            var sourcingKnown = placements.Where(p => !string.IsNullOrWhiteSpace(p.Sourcing)).ToList();
            figures.Add(sourcingKnown.Count == 0
                ? new(SpotPurchase, "Not available", asOf, source + ": no placement says how it was sourced", Protection, capturedAt)
                : Share(SpotPurchase, disclosure.Count(sourcingKnown.Where(p => p.Sourcing == "spot purchase").Select(Key)), disclosure.Count(sourcingKnown.Select(Key)),
                    "placements whose sourcing is known", asOf, source, capturedAt));
        }

        var sen2 = Latest(connection, ReturnKind.Sen2, las);
        if (sen2.Count == 0)
            figures.Add(new(EhcTimeliness, "Not available", "", $"No SEN2 return has been loaded for {review.AreaName}.", Protection, capturedAt));
        else
        {
            var plans = connection.Query<(string Pseudonym, long Within, string La)>(
                $"""
                SELECT r.pseudonym, CAST(r.within_20_weeks AS BIGINT), s.la FROM sen2_request r JOIN submission s ON s.id = r.submission_id
                WHERE r.submission_id IN ({string.Join(",", sen2.Select(s => s.Id))}) AND r.within_20_weeks IS NOT NULL
                """).ToList();
            figures.Add(Share(EhcTimeliness, disclosure.Count(plans.Where(p => p.Within == 1).Select(p => new KeyedChild(p.La, keys.Of(p.Pseudonym)))),
                disclosure.Count(plans.Select(p => new KeyedChild(p.La, keys.Of(p.Pseudonym)))), "new EHC plans with a timeliness recorded",
                string.Join("; ", sen2.Select(s => $"{LaName(s.La)} SEN2 {s.Year}")),
                $"SEN2 return for {LaNames(sen2.Select(s => s.La))}, loaded {string.Join(", ", sen2.Select(s => s.LoadedAt[..10]).Distinct())}", capturedAt));
        }

        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM review_figure WHERE review_id = @reviewId", new { reviewId }, transaction);
        foreach (var f in figures)
            connection.Execute(
                """
                INSERT INTO review_figure (review_id, measure, shown, as_of, source, protection, captured_at, captured_by)
                VALUES (@reviewId, @Measure, @Shown, @AsOf, @Source, @Protection, @CapturedAt, @by)
                """, new { reviewId, f.Measure, f.Shown, f.AsOf, f.Source, f.Protection, f.CapturedAt, by = user.UserName }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.figures.capture", Target(reviewId), ReviewAudit.Allowed, $"{figures.Count} figures");
        transaction.Commit();
        return figures;
    }

    public const string SnapshotOnRegister = "Children in high-cost placements who are on the Dynamic Support Register";
    public const string OutOfArea = "Placements outside the placing LA";
    public const string SpotPurchase = "Placements bought by spot purchase";
    public const string EhcTimeliness = "New EHC plans issued within 20 weeks";

    private string LaName(string code) => AreaName(AreaKind.La, code);

    private static ReviewFigure Share(string measure, Figure part, Figure whole, string of, string asOf, string source, string capturedAt)
    {
        var shown = whole.Value == 0
            ? $"None: 0 {of}"
            : DisclosureControl.ShowsMagnitude(whole)
                ? $"{Math.Round(100.0 * part.Value / whole.Value):0}% ({part} of {whole} {of})"
                : $"{part} of {whole} {of} (too few to show a share)";
        return new ReviewFigure(measure, shown, asOf, source, Protection, capturedAt);
    }

    private static IReadOnlyList<(long Id, string La, long Year, string LoadedAt)> Latest(System.Data.Common.DbConnection connection, ReturnKind kind, IReadOnlyList<string> las) =>
        connection.Query<(long Id, string La, long Year, string LoadedAt)>("SELECT id, la, CAST(year AS BIGINT), loaded_at FROM submission WHERE return_kind = @kind", new { kind = kind.Code() })
            .Where(s => las.Contains(s.La)).GroupBy(s => s.La).Select(g => g.OrderByDescending(s => s.Year).First()).OrderBy(s => s.La, StringComparer.Ordinal).ToList();
}
