using Dapper;
using JoinedUp.Domain.Children;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Icb;
using JoinedUp.Register.Identity;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Referrals;
using JoinedUp.Register.Storage;
using JoinedUp.Store;

namespace JoinedUp.Register.Demo;

/// <summary>
/// A realistic register for the demo, made through the register's own API (so every rule, history line and audit line
/// is real): about <c>children</c> referrals over two years across the region's footprints, from every partner, decided
/// at fortnightly DSR meetings; ratings moving both ways at reviews at the region's cadence; CETRs and LAEPs for red with
/// recommendations as actions, most completed; exits; inpatient admissions of children on and not on the register.
/// Children known to social care are the LA's own SSDA903 children (by pseudonym), so their entries link to their
/// episodes; children known to health first carry synthetic NHS numbers in the 999 range, which the NHS never issues.
/// Events run in date order on a stepping clock. Deterministic for a seed.
/// </summary>
public static class DemoRegister
{
    private static readonly string[] Reasons =
    [
        "Autistic; school refusal and rising anxiety at home; family asking for help",
        "Learning disability; behaviour that challenges escalating since a change of school",
        "Autistic; self-harm and two A&E attendances this month",
        "SEMH needs; placement at risk of breakdown; parent exhausted",
        "Learning disability and epilepsy; short breaks ended, carers struggling",
        "Autistic; out of education for six weeks; withdrawal and low mood",
        "Autistic; crisis at home, police called twice; CAMHS involved",
    ];

    private static readonly string[] Owners = ["CAMHS", "Social work team", "SEND team", "Keyworker service", "Short breaks team", "School", "Community paediatrics"];

    private static readonly string[] Recommendations =
    [
        "Positive behaviour support plan", "Short breaks assessment", "Review of the EHC plan and school placement",
        "Sensory assessment by occupational therapy", "Medication review", "Carer's assessment for the parent", "Crisis plan shared with A&E",
    ];

    public static DemoRegisterSummary Seed(RegionalStore store, Region region, DateOnly today, int seed = 42, int children = 320)
    {
        var clock = new SteppingClock(DateTimeOffset.UtcNow);
        var register = new DynamicSupportRegister(store, region, clock: clock);
        var random = new Random(seed);
        var start = today.AddYears(-2);
        var las = region.Members.Where(m => region.FootprintOf(m.DfeCode) is not null).Select(m => m.DfeCode).ToList();
        if (las.Count == 0) return new DemoRegisterSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var known = KnownChildren(store, las);
        var counts = new int[10];
        var events = new List<(DateOnly On, int Order, Action Run)>();
        var order = 0;
        void At(DateOnly on, Action run) => events.Add((on, order++, run));
        var nhsBody = 999_200_000;
        string NextNhs()
        {
            while (true)
            {
                var digits = (nhsBody++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (NhsNumbers.CheckDigit(digits) is { } check) return digits + check;
            }
        }
        // Each footprint's DSR meeting: every other Wednesday.
        DateOnly NextMeeting(DateOnly after)
        {
            var first = new DateOnly(2020, 1, 1); // a Wednesday
            var days = after.DayNumber - first.DayNumber;
            return first.AddDays((days / 14 + 1) * 14);
        }

        for (var i = 0; i < children; i++)
        {
            var la = las[random.Next(las.Count)];
            var footprint = region.FootprintOf(la)!;
            var source = ReferralSources.All[random.Next(ReferralSources.All.Count)];
            var referredOn = start.AddDays(random.Next(0, today.DayNumber - start.DayNumber));
            var keyworker = $"Keyworker service ({(char)('A' + random.Next(26))}. {Owners[random.Next(Owners.Length)]})";
            var coordinator = new RegisterUser("dsr.coordinator", RegisterRole.IcsLead, footprint);
            var practitioner = new RegisterUser("kw." + la, RegisterRole.LaPractitioner, la);
            var referrer = source switch
            {
                ReferralSource.Camhs or ReferralSource.CommunityPaediatrics => new RegisterUser("health." + source.Code(), RegisterRole.HealthPractitioner, footprint),
                ReferralSource.SchoolSenco => new RegisterUser("senco." + la, RegisterRole.EducationSenco, la),
                ReferralSource.DsrCoordinator => coordinator,
                _ => practitioner,
            };
            var byLa = referrer.IsLaUser && known.TryGetValue(la, out var pool) && pool.Count > 0;
            ChildKeys keys;
            if (byLa)
            {
                var list = known[la];
                var index = random.Next(list.Count);
                var child = list[index];
                list.RemoveAt(index);
                keys = new ChildKeys(child, random.NextDouble() < 0.5 ? ChildKeys.OfNhsNumber(store.Pseudonymiser, NextNhs()) : null);
            }
            else keys = new ChildKeys(null, ChildKeys.OfNhsNumber(store.Pseudonymiser, NextNhs()));
            var rating = random.NextDouble() switch { < 0.68 => RagRating.Green, < 0.9 => RagRating.Amber, _ => RagRating.Red };
            var state = new ChildState();
            var indicators = RiskIndicators.All.Where(_ => random.NextDouble() < 0.2).ToList();
            var reason = Reasons[random.Next(Reasons.Length)];
            At(referredOn, () =>
            {
                state.Referral = register.Refer(referrer, new NewReferral(la, null, null, source, reason, indicators,
                    new Consent(random.NextDouble() < 0.8 ? "parent" : "young person", referredOn, "explicit consent"), referredOn), keys);
                counts[0]++;
            });
            var meeting = NextMeeting(referredOn);
            if (meeting > today) continue; // waits for the next DSR meeting
            var decision = random.NextDouble();
            if (decision < 0.08)
            {
                var first = meeting;
                At(first, () => state.Referral = register.RecordReferralDiscussed(coordinator, state.Referral!.Id, state.Referral.Version, first, "More information needed from school and CAMHS"));
                meeting = NextMeeting(meeting);
                if (meeting > today) continue;
            }
            if (decision > 0.88)
            {
                var on = meeting;
                At(on, () =>
                {
                    register.DeclineReferral(coordinator, state.Referral!.Id, state.Referral.Version, on, "Needs met by the support already in place",
                        random.NextDouble() < 0.5 ? "Early help and the local offer's short breaks" : "School's SEN support and CAMHS single point of access");
                    counts[2]++;
                });
                continue;
            }
            var addedOn = meeting;
            var entered = rating;
            At(addedOn, () =>
            {
                var (_, entry) = register.AddReferredChild(coordinator, state.Referral!.Id, state.Referral.Version, addedOn,
                    new ReferralAdded(entered, EnteredReason(entered), entered == RagRating.Green ? "" : keyworker, [],
                        entered == RagRating.Red ? new MeetingRequest(MeetingKind.Cetr, addedOn.AddDays(14)) : null));
                state.Entry = entry;
                counts[1]++;
            });
            if (rating == RagRating.Red) Cetr(addedOn, MeetingKind.Cetr);
            if (!keys.HasBoth() && keys.NhsPseudonym is not null && known.TryGetValue(la, out var later) && later.Count > 0 && random.NextDouble() < 0.35)
            {
                var child = later[random.Next(later.Count)];
                later.Remove(child);
                var on = addedOn.AddDays(random.Next(10, 90));
                if (on < today) At(on, () => state.Entry = register.AddIdentifiers(practitioner, state.Entry!.Id, state.Entry.Version, _ => new ChildKeys(child, null)));
            }
            // Reviews at the DSR meetings, at the cadence of the current rating; the rating moves both ways.
            var day = addedOn;
            var current = rating;
            var onRegisterSince = addedOn;
            while (true)
            {
                var due = day.AddDays(register.Cadence.DaysFor(current));
                var review = NextMeeting(due.AddDays(-1));
                if (review > today) break;
                var next = Move(random, current);
                var from = current;
                var on = review;
                var exits = next == RagRating.Green && from == RagRating.Green && on.DayNumber - onRegisterSince.DayNumber > 270 && random.NextDouble() < 0.3;
                At(on, () =>
                {
                    if (next != from)
                    {
                        state.Entry = register.ChangeRating(coordinator, state.Entry!.Id, state.Entry.Version,
                            new RatingChangeRequest(next, MoveReason(from, next), next == RagRating.Red ? new MeetingRequest(random.NextDouble() < 0.85 ? MeetingKind.Cetr : MeetingKind.Laep, on.AddDays(10)) : null,
                                on, next == RagRating.Green ? null : keyworker));
                        counts[4]++;
                    }
                    register.RecordReview(coordinator, state.Entry!.Id, state.Entry.Version, on, next == from ? "Reviewed at the DSR meeting; plan continues" : $"Reviewed at the DSR meeting; now {next.Code()}");
                    state.Entry = state.Entry with { Version = state.Entry.Version + 1 };
                    counts[5]++;
                });
                if (next == RagRating.Red && from != RagRating.Red) Cetr(on, null);
                current = next;
                day = on;
                if (exits)
                {
                    At(on, () =>
                    {
                        state.Entry = register.ExitRegister(coordinator, state.Entry!.Id, state.Entry.Version, on, "Needs met; stepped down to universal and early help services");
                        counts[8]++;
                    });
                    break;
                }
            }

            void Cetr(DateOnly redOn, MeetingKind? _)
            {
                var heldOn = redOn.AddDays(random.Next(5, 12));
                if (heldOn > today) return;
                var recommendations = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                    new Recommendation(Recommendations[random.Next(Recommendations.Length)], Owners[random.Next(Owners.Length)], heldOn.AddDays(random.Next(14, 60)))).ToList();
                var admitted = random.NextDouble() < 0.12;
                At(heldOn, () =>
                {
                    var open = register.Timeline(coordinator, state.Entry!.Id).Meetings.FirstOrDefault(m => m.IsOpen);
                    if (open is null) return;
                    register.RecordMeetingHeld(coordinator, open.Id, heldOn, "Community plan agreed with the family; support increased", recommendations);
                    counts[6]++;
                    counts[7] += recommendations.Count;
                });
                foreach (var r in recommendations.Where(_ => random.NextDouble() < 0.7))
                {
                    var doneOn = r.DueOn.AddDays(random.Next(-10, 5));
                    if (doneOn <= today && doneOn > heldOn)
                        At(doneOn, () =>
                        {
                            var action = register.Timeline(coordinator, state.Entry!.Id).Actions.FirstOrDefault(a => a.CompletedOn is null && a.Description == r.Description && a.DueOn == r.DueOn);
                            if (action is not null) register.CompleteAction(coordinator, action.Id, doneOn);
                        });
                }
                var admittedOn = heldOn.AddDays(random.Next(3, 30));
                if (admitted && admittedOn <= today)
                    At(admittedOn, () =>
                    {
                        register.RecordAdmission(new RegisterUser("health.camhs", RegisterRole.HealthPractitioner, footprint), new NewAdmission(la, null, null, admittedOn, false), keys);
                        counts[9]++;
                    });
            }
        }
        // Admissions of children who were never on the register (the figure the register exists to bring down).
        for (var i = 0; i < children / 12; i++)
        {
            var la = las[random.Next(las.Count)];
            var on = start.AddDays(random.Next(0, today.DayNumber - start.DayNumber));
            var nhs = ChildKeys.OfNhsNumber(store.Pseudonymiser, NextNhs());
            At(on, () =>
            {
                register.RecordAdmission(new RegisterUser("health.camhs", RegisterRole.HealthPractitioner, region.FootprintOf(la)!), new NewAdmission(la, null, null, on, false), new ChildKeys(null, nhs));
                counts[9]++;
            });
        }
        var skipped = 0;
        foreach (var e in events.OrderBy(e => e.On).ThenBy(e => e.Order))
        {
            clock.Set(e.On);
            try
            {
                e.Run();
            }
            catch (Exception ex) when (ex is RegisterRuleException or Concurrency.ConcurrentEditException or NullReferenceException)
            {
                skipped++; // a story whose earlier step was refused stops there; the rest of the register goes on
            }
        }
        clock.Set(today);
        using (var connection = store.OpenConnection())
            counts[3] = (int)connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dsr_referral WHERE status IN ('received', 'discussed')");
        return new DemoRegisterSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8], counts[9]) { Skipped = skipped };
    }

    /// <summary>The SSDA903 children of each LA in the store (by pseudonym), latest returns first.</summary>
    private static Dictionary<string, List<string>> KnownChildren(RegionalStore store, IReadOnlyList<string> las)
    {
        using var connection = store.OpenConnection();
        var parameters = SqlList.With(new { }, "la", las, out var laList);
        return connection.Query<(string La, string Pseudonym)>(
            $"SELECT DISTINCT s.la, c.pseudonym FROM child c JOIN submission s ON s.id = c.submission_id WHERE s.return_kind = 'ssda903' AND s.la IN {laList} ORDER BY s.la, c.pseudonym",
            parameters).GroupBy(c => c.La).ToDictionary(g => g.Key, g => g.Select(c => c.Pseudonym).ToList());
    }

    private static RagRating Move(Random random, RagRating from) => (from, random.NextDouble()) switch
    {
        (RagRating.Green, < 0.12) => RagRating.Amber,
        (RagRating.Green, < 0.14) => RagRating.Red,
        (RagRating.Amber, < 0.3) => RagRating.Green,
        (RagRating.Amber, < 0.4) => RagRating.Red,
        (RagRating.Red, < 0.55) => RagRating.Amber,
        (RagRating.Red, < 0.65) => RagRating.Green,
        _ => from,
    };

    private static string EnteredReason(RagRating rating) => rating switch
    {
        RagRating.Green => "Needs met with the support in place; on the pathway at green to keep it so",
        RagRating.Amber => "At risk of admission or placement breakdown without more support",
        _ => "At immediate risk of admission; CETR arranged",
    };

    private static string MoveReason(RagRating from, RagRating to) => to > from
        ? (to == RagRating.Red ? "Crisis at home; risk of admission now" : "Escalating: out of school and more incidents at home")
        : "Support in place is working; fewer incidents";

    private sealed class ChildState
    {
        public Referral? Referral { get; set; }
        public RegisterEntry? Entry { get; set; }
    }

    private static bool HasBoth(this ChildKeys keys) => keys.ChildPseudonym is not null && keys.NhsPseudonym is not null;
}
