using System.Data.Common;
using System.Diagnostics;
using Dapper;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Listing;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Reviews;
using JoinedUp.Register.Storage;
using JoinedUp.Store;

namespace JoinedUp.Register.Benchmarks;

/// <summary>
/// The performance target: a register of 20,000 entries with 10 years of history, and the register page for the
/// largest ICS under 200 ms at p95. <see cref="Seed"/> fills an empty store with a synthetic register (reproducible
/// from its seed); <see cref="Time"/> times the register page (the first page, unfiltered, audit write included) as an
/// ICS lead of the largest footprint sees it. `joinedup bench register` calls <see cref="Run"/>.
/// </summary>
public static class RegisterBenchmark
{
    /// <summary>Seeds and times in one go on a store that holds no register yet.</summary>
    public static RegisterBenchmarkResult Run(RegionalStore store, Region region, int entries = 20_000, int years = 10, int runs = 200, int seed = 42)
    {
        var clock = Stopwatch.StartNew();
        var end = DateOnly.FromDateTime(DateTime.UtcNow);
        Seed(store, region, entries, years, seed, end);
        var seedSeconds = clock.Elapsed.TotalSeconds;
        return Time(store, region, runs) with { Entries = entries, Years = years, SeedSeconds = seedSeconds };
    }

    /// <summary>
    /// Writes a synthetic register: entries spread over the region's LAs (weighted by a per-LA size), entering over
    /// <paramref name="years"/> years to <paramref name="end"/>, mostly at green; each moves between ratings every few
    /// months with a reason, red spells with a CETR or LAEP; reviews at the rating's cadence; actions with owners.
    /// </summary>
    public static void Seed(RegionalStore store, Region region, int entries = 20_000, int years = 10, int seed = 42, DateOnly? end = null)
    {
        var today = end ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(seed);
        var cadence = ReviewCadence.Default;
        var las = region.Members.Select(m => m.DfeCode).ToList();
        var weights = las.Select(_ => 0.5 + random.NextDouble()).ToList();
        var total = weights.Sum();
        var pseudonymiser = store.Pseudonymiser;
        var start = today.AddYears(-years);
        var now = DateTime.UtcNow.ToString("O");
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var entry = Prepared(connection, transaction,
            """
            INSERT INTO dsr_entry (pseudonym, la, footprint, rating, rating_reason, rating_since, entered_on, entered_rating, keyworker, agencies,
                risk_indicators, consent_given_by, consent_given_on, consent_basis, consent_withdrawn_on, next_review_due, version, updated_at, updated_by, child_pseudonym)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, NULL, @p14, 1, @p15, 'benchmark', @p0) RETURNING id
            """, 16);
        var change = Prepared(connection, transaction,
            "INSERT INTO dsr_rating_change (entry_id, changed_at, changed_on, from_rating, to_rating, reason, changed_by, changed_by_role) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, 'benchmark', 'la-practitioner')", 6);
        var review = Prepared(connection, transaction,
            "INSERT INTO dsr_review (entry_id, held_on, rating, summary, next_due, recorded_at, recorded_by) VALUES (@p0, @p1, @p2, 'Reviewed at the multi-agency meeting', @p3, @p4, 'benchmark')", 5);
        var action = Prepared(connection, transaction,
            "INSERT INTO dsr_action (entry_id, description, owner, due_on, completed_on, created_at, created_by, completed_by) VALUES (@p0, 'Agreed at review', @p1, @p2, @p3, @p4, 'benchmark', @p5)", 6);
        var meeting = Prepared(connection, transaction,
            "INSERT INTO dsr_meeting (entry_id, kind, arranged_at, due_on, held_on, outcome, arranged_by, recorded_by) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, 'benchmark', @p6)", 7);
        var referral = Prepared(connection, transaction,
            """
            INSERT INTO dsr_referral (la, footprint, child_pseudonym, nhs_pseudonym, source, referred_on, reason, risk_indicators, consent_given_by, consent_given_on,
                consent_basis, status, meeting_on, decision_note, signposted_to, agreed_rating, entry_id, decided_by, received_at, received_by, received_by_role, version)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, 'Synthetic referral reason', '', 'parent', @p5, 'explicit consent', @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p5, 'benchmark', 'health-practitioner', 1)
            """, 13);
        var nhs = Prepared(connection, transaction, "UPDATE dsr_entry SET nhs_pseudonym = @p0 WHERE id = @p1", 2);
        var sources = Referrals.ReferralSources.All.Select(s => Referrals.ReferralSources.Code(s)).ToArray();
        var owners = new[] { "Social work team", "SEND team", "CAMHS", "Keyworker service", "Short breaks team", "School" };
        for (var i = 0; i < entries; i++)
        {
            var pick = random.NextDouble() * total;
            var laIndex = 0;
            for (; laIndex < las.Count - 1 && pick > weights[laIndex]; laIndex++) pick -= weights[laIndex];
            var la = las[laIndex];
            var enteredOn = start.AddDays(random.Next(0, today.DayNumber - start.DayNumber));
            var firstRating = random.NextDouble() switch { < 0.7 => RagRating.Green, < 0.93 => RagRating.Amber, _ => RagRating.Red };
            var spells = new List<(DateOnly On, RagRating? From, RagRating To)> { (enteredOn, null, firstRating) };
            var day = enteredOn;
            var rating = firstRating;
            while (true)
            {
                day = day.AddDays(random.Next(30, 400));
                if (day >= today) break;
                var next = rating switch
                {
                    RagRating.Green => random.NextDouble() < 0.8 ? RagRating.Amber : RagRating.Red,
                    RagRating.Amber => random.NextDouble() < 0.6 ? RagRating.Green : RagRating.Red,
                    _ => random.NextDouble() < 0.7 ? RagRating.Amber : RagRating.Green,
                };
                spells.Add((day, rating, next));
                rating = next;
            }
            var indicators = RiskIndicators.All.Where(_ => random.NextDouble() < 0.15).ToList();
            var agencies = Agencies.All.Where(_ => random.NextDouble() < 0.25).ToList();
            var last = spells[^1];
            var lastReview = last.On;
            var id = Convert.ToInt64(Run(entry, pseudonymiser.Pseudonymise(la, "BENCH-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), la,
                region.FootprintOf(la) ?? "", rating.Code(), "Synthetic reason for the current rating", Dates.Text(last.On), Dates.Text(enteredOn),
                firstRating.Code(), "Keyworker " + random.Next(1, 400), Agencies.Store(agencies), RiskIndicators.Store(indicators), "parent",
                Dates.Text(enteredOn), "explicit consent", Dates.Text(cadence.NextDue(rating, last.On)), now, scalar: true));
            var footprint = region.FootprintOf(la) ?? "";
            var childPseudonym = pseudonymiser.Pseudonymise(la, "BENCH-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            string? nhsPseudonym = null;
            if (random.NextDouble() < 0.5)
            {
                nhsPseudonym = pseudonymiser.Pseudonymise(Identity.ChildKeys.NhsNamespace, (9_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Run(nhs, nhsPseudonym, id);
            }
            var referredOn = enteredOn.AddDays(-random.Next(7, 28));
            Run(referral, la, footprint, childPseudonym, nhsPseudonym, sources[random.Next(sources.Length)], Dates.Text(referredOn), "added", Dates.Text(enteredOn),
                "Agreed at the DSR meeting", DBNull.Value, firstRating.Code(), id, "benchmark");
            // Referrals not added (signposted) and some still waiting for the DSR meeting, about one in six entries.
            if (random.NextDouble() < 0.17)
            {
                var waiting = random.NextDouble() < 0.3;
                var on = waiting ? today.AddDays(-random.Next(0, 14)) : start.AddDays(random.Next(0, today.DayNumber - start.DayNumber));
                Run(referral, la, footprint, DBNull.Value, pseudonymiser.Pseudonymise(Identity.ChildKeys.NhsNamespace, (8_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    sources[random.Next(sources.Length)], Dates.Text(on), waiting ? "received" : "not-added", waiting ? DBNull.Value : Dates.Text(on.AddDays(14)),
                    waiting ? DBNull.Value : "Needs met by current support", waiting ? DBNull.Value : "Early help", DBNull.Value, DBNull.Value, waiting ? DBNull.Value : "benchmark");
            }
            for (var s = 0; s < spells.Count; s++)
            {
                var (on, from, to) = spells[s];
                Run(change, id, now, Dates.Text(on), from?.Code(), to.Code(), "Synthetic reason");
                if (to == RagRating.Red)
                {
                    var kind = random.NextDouble() < 0.85 ? "cetr" : "laep";
                    var due = on.AddDays(kind == "cetr" ? 14 : 3);
                    var held = due < today ? (object)Dates.Text(due.AddDays(-random.Next(0, 3))) : DBNull.Value;
                    Run(meeting, id, kind, now, Dates.Text(due), held, held is DBNull ? DBNull.Value : "Plan agreed", held is DBNull ? DBNull.Value : "benchmark");
                }
                var spellEnd = s + 1 < spells.Count ? spells[s + 1].On : today;
                for (var r = on.AddDays(cadence.DaysFor(to)); r < spellEnd; r = r.AddDays(cadence.DaysFor(to)))
                {
                    Run(review, id, Dates.Text(r), to.Code(), Dates.Text(cadence.NextDue(to, r)), now);
                    lastReview = r;
                }
                var actionCount = random.Next(0, 3);
                for (var a = 0; a < actionCount; a++)
                {
                    var due = on.AddDays(random.Next(7, 60));
                    var done = due < today.AddDays(-30) || random.NextDouble() < 0.5;
                    Run(action, id, owners[random.Next(owners.Length)], Dates.Text(due), done ? Dates.Text(due.AddDays(-random.Next(0, 5))) : DBNull.Value, now, done ? "benchmark" : DBNull.Value);
                }
            }
        }
        transaction.Commit();
        connection.Execute("ANALYZE", commandType: System.Data.CommandType.Text);
    }

    /// <summary>Times the register page for the ICS with most entries, <paramref name="runs"/> times after a warm-up.</summary>
    public static RegisterBenchmarkResult Time(RegionalStore store, Region region, int runs = 200)
    {
        var register = new DynamicSupportRegister(store, region);
        using var connection = store.OpenConnection();
        var largest = connection.Query<(string Footprint, long Count)>("SELECT footprint, COUNT(*) FROM dsr_entry WHERE footprint <> '' GROUP BY footprint ORDER BY COUNT(*) DESC LIMIT 1").Single();
        var counts = connection.QuerySingle<(long Changes, long Reviews, long Actions, long Meetings, long Entries)>(
            "SELECT (SELECT COUNT(*) FROM dsr_rating_change), (SELECT COUNT(*) FROM dsr_review), (SELECT COUNT(*) FROM dsr_action), (SELECT COUNT(*) FROM dsr_meeting), (SELECT COUNT(*) FROM dsr_entry)");
        var referrals = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_referral");
        var lead = new RegisterUser("benchmark.ics", RegisterRole.IcsLead, largest.Footprint);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 5; i++) register.ListEntries(lead, new RegisterFilter());
        var page = new List<double>();
        var overdue = new List<double>();
        var meeting = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            register.ListEntries(lead, new RegisterFilter());
            page.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            register.Overdue(lead);
            overdue.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            register.MeetingAgenda(lead, today);
            meeting.Add(watch.Elapsed.TotalMilliseconds);
        }
        page.Sort();
        overdue.Sort();
        meeting.Sort();
        return new RegisterBenchmarkResult(store.Engine.ToString(), (int)counts.Entries, 0, counts.Changes, counts.Reviews, counts.Actions, counts.Meetings, 0,
            largest.Footprint, (int)largest.Count, runs, Percentile(page, 0.5), Percentile(page, 0.95), page[^1], Percentile(overdue, 0.95), referrals, Percentile(meeting, 0.95));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static object? Run(DbCommand command, params object?[] values) => Execute(command, false, values);

    private static object? Run(DbCommand command, object? v0, object? v1, object? v2, object? v3, object? v4, object? v5, object? v6, object? v7, object? v8,
        object? v9, object? v10, object? v11, object? v12, object? v13, object? v14, object? v15, bool scalar) =>
        Execute(command, scalar, [v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15]);

    private static object? Execute(DbCommand command, bool scalar, object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }
}
