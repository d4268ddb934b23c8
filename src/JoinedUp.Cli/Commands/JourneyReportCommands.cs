using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using JoinedUp.Analytics.EarlyWarning;
using JoinedUp.Analytics.Journeys;
using JoinedUp.Cli.Output;
using JoinedUp.Domain.Geography;
using Spectre.Console;

namespace JoinedUp.Cli.Commands;

/// <summary>
/// `joinedup report journeys --la CODE [--child ID] [--limit N] [--json]`: the LA's children's journeys (one timeline
/// each, with the escalation points) and the Appendix 2 framework's answers, by pseudonym: identifiable, so for the LA
/// itself. `joinedup report early-warning --la CODE [--as-of DATE] [--backtest] [--json]` and the rule options: the
/// children the early warning rules list for a DSR review, with their reasons; with --backtest, how the rules would
/// have done over the past (sensitivity, precision, median lead time).
/// </summary>
public static class JourneyReportCommands
{
    public static Command Journeys()
    {
        var db = CommonOptions.Db();
        var la = LaRequired();
        var json = CommonOptions.Json();
        var child = new Option<string?>("--child") { Description = "Only the child with this LA child ID (or UPN, written UPN:A123...)." };
        var limit = new Option<int>("--limit") { Description = "How many journeys to print in full (text output; JSON has them all).", DefaultValueFactory = _ => 10 };
        var command = new Command("journeys", "The LA's children's journeys (timeline, escalation points) and the Appendix 2 framework's answers, by pseudonym.") { db, la, json, child, limit };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var code = Check(parse.GetValue(la)!);
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var loaded = LaJourneys.Load(store, code);
            var coverage = loaded.CoverageOf(code);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var journeys = loaded.Journeys;
            if (parse.GetValue(child) is { } id)
            {
                var pseudonym = store.Pseudonymiser.Pseudonymise(code, id.StartsWith("UPN:", StringComparison.OrdinalIgnoreCase) ? "UPN:" + id[4..].Trim().ToUpperInvariant() : id.Trim());
                journeys = loaded.Find(pseudonym) is { } found ? [found] : [];
                if (journeys.Count == 0)
                {
                    Console.Error.WriteLine($"joinedup: LA {code} has no child with that ID in its loaded returns.");
                    return 1;
                }
            }
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    la = code,
                    children = journeys.Count,
                    coverage = coverage.ToDictionary(c => c.Key, c => c.Value.ToList()),
                    journeys = journeys.Select(j => new
                    {
                        pseudonym = j.Pseudonym,
                        pseudonyms = j.Pseudonyms,
                        returns = j.Returns.Order(StringComparer.Ordinal),
                        birthMonth = j.BirthMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                        events = j.Events.Select(e => new { date = Iso(e.Date), kind = e.Kind.ToString(), words = e.Words, detail = e.Detail, @return = e.Return, code = e.Code }),
                        escalationPoints = j.EscalationPoints.Select(p => new { date = Iso(p.Date), name = p.Name }),
                        framework = JourneyFramework.Answer(j, coverage, today).Select(a => new
                        { section = a.Section, question = a.Question, answer = a.Answer, known = a.Known, basis = a.Basis, number = a.Number }),
                    }),
                }));
                return 0;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Name(code))}[/]: {journeys.Count:N0} children's journeys; returns loaded: {Markup.Escape(string.Join(", ", coverage.Select(c => $"{c.Key} {c.Value.Min}-{c.Value.Max}")))}");
            var kinds = new Table().AddColumns("Event", "Children", "Events");
            foreach (var kind in Enum.GetValues<JourneyEventKind>())
            {
                var with = journeys.Count(j => j.Events.Any(e => e.Kind == kind));
                if (with > 0) kinds.AddRow(Markup.Escape(kind.Words()), with.ToString("N0", CultureInfo.InvariantCulture), journeys.Sum(j => j.Events.Count(e => e.Kind == kind)).ToString("N0", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(kinds);
            foreach (var j in journeys.OrderByDescending(j => j.Events.Count).Take(parse.GetValue(limit)))
            {
                Console.WriteLine();
                Console.WriteLine($"Child {j.Pseudonym[..12]}… ({string.Join(", ", j.Returns.Order(StringComparer.Ordinal))})");
                var points = j.EscalationPoints.Select(p => (p.Date, Line: $"  {p.Date:yyyy-MM-dd}  -- {p.Name} --"));
                foreach (var (_, line) in j.Events.Select(e => (e.Date, Line: $"  {e.Date:yyyy-MM-dd}  {e.Words}: {e.Detail}")).Concat(points).OrderBy(l => l.Date))
                    Console.WriteLine(line);
                foreach (var a in JourneyFramework.Answer(j, coverage, today))
                    Console.WriteLine($"  ? {a.Question} {a.Answer}{(a.Known ? "" : $" ({a.Basis})")}");
            }
            return 0;
        }));
        return command;
    }

    public static Command EarlyWarning()
    {
        var db = CommonOptions.Db();
        var la = LaRequired();
        var json = CommonOptions.Json();
        var asOf = new Option<string?>("--as-of") { Description = "The day to apply the rules on (yyyy-mm-dd); default the last day the LA's data covers, or today if earlier." };
        var backtest = new Option<bool>("--backtest") { Description = "Also replay the rules on the first of each month over the past and report sensitivity, precision and median lead time." };
        var ageFrom = new Option<int>("--age-from") { DefaultValueFactory = _ => EarlyWarningSettings.Default.AgeFrom, Description = "Youngest age listed." };
        var ageTo = new Option<int>("--age-to") { DefaultValueFactory = _ => EarlyWarningSettings.Default.AgeTo, Description = "Oldest age listed." };
        var minimum = new Option<int>("--min-signals") { DefaultValueFactory = _ => EarlyWarningSettings.Default.MinimumSignals, Description = "How many signals a child must meet." };
        var recent = new Option<int>("--recent-months") { DefaultValueFactory = _ => EarlyWarningSettings.Default.RecentMonths, Description = "How far back a recent exclusion, school move or absence reaches." };
        var outcome = new Option<int>("--outcome-months") { DefaultValueFactory = _ => EarlyWarningSettings.Default.OutcomeWithinMonths, Description = "Backtest: how soon after a flag an entry into residential or inpatient care counts." };
        var needs = new Option<string>("--needs") { DefaultValueFactory = _ => "ASD,SEMH", Description = "SEN types of the EHC plan signal, comma-separated." };
        var without = new Option<string[]>("--without") { Description = "Signals to switch off: ehc-plan, exclusion, school-move, absence, cin-plan, cp-plan.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("early-warning", "Children the early warning rules list for a Dynamic Support Register review, with the reasons; --backtest measures the rules on the past.")
            { db, la, json, asOf, backtest, ageFrom, ageTo, minimum, recent, outcome, needs, without };
        command.SetAction(parse => Failures.Guard(() =>
        {
            var code = Check(parse.GetValue(la)!);
            var off = (parse.GetValue(without) ?? []).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var known = new[] { "ehc-plan", "exclusion", "school-move", "absence", "cin-plan", "cp-plan" };
            if (off.FirstOrDefault(o => !known.Contains(o, StringComparer.OrdinalIgnoreCase)) is { } unknown)
                throw new ArgumentException($"--without {unknown}: not a signal (give {string.Join(", ", known)}).");
            var settings = new EarlyWarningSettings
            {
                AgeFrom = parse.GetValue(ageFrom),
                AgeTo = parse.GetValue(ageTo),
                MinimumSignals = parse.GetValue(minimum),
                RecentMonths = parse.GetValue(recent),
                OutcomeWithinMonths = parse.GetValue(outcome),
                EhcPlanNeeds = parse.GetValue(needs)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
                UseEhcPlanNeeds = !off.Contains("ehc-plan"),
                UseRecentExclusion = !off.Contains("exclusion"),
                UseRecentSchoolMove = !off.Contains("school-move"),
                UsePersistentAbsence = !off.Contains("absence"),
                UseOpenCinPlan = !off.Contains("cin-plan"),
                UseOpenCpPlan = !off.Contains("cp-plan"),
            };
            if (settings.Problem() is { } problem) throw new ArgumentException(problem);
            using var store = CommonOptions.OpenStore(parse.GetValue(db), createIfMissing: false);
            var loaded = LaJourneys.Load(store, code);
            if (loaded.Span is not { } span) throw new ArgumentException($"LA {code} has no returns loaded.");
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            DateOnly day;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
                    throw new ArgumentException($"--as-of '{text}' is not a date written yyyy-mm-dd.");
            }
            else day = span.To < today ? span.To : today;
            var flags = EarlyWarningRules.Apply(loaded.Journeys, day, settings).OrderByDescending(f => f.Reasons.Count).ThenBy(f => f.Pseudonym, StringComparer.Ordinal).ToList();
            var result = parse.GetValue(backtest) ? EarlyWarningBacktest.Run(loaded.Journeys, settings, span.From, span.To) : null;
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    la = code,
                    asOf = Iso(day),
                    rules = settings.Describe(),
                    children = loaded.Journeys.Count,
                    flagged = flags.Select(f => new { pseudonym = f.Pseudonym, age = f.Age, reasons = f.Reasons }),
                    backtest = result is null ? null : new
                    {
                        from = result.From is { } f ? Iso(f) : null,
                        to = result.To is { } t ? Iso(t) : null,
                        days = result.Days,
                        flags = result.Flags,
                        flagsFollowedByEscalation = result.FlagsFollowedByEscalation,
                        escalatedChildren = result.EscalatedChildren,
                        escalatedChildrenFlagged = result.EscalatedChildrenFlagged,
                        sensitivity = result.Sensitivity,
                        precision = result.Precision,
                        medianLeadDays = result.MedianLeadDays,
                        note = result.Note,
                    },
                }));
                return 0;
            }
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Name(code))}[/]: {flags.Count:N0} of {loaded.Journeys.Count:N0} children listed for a DSR review on {day:d MMMM yyyy}. The rules:");
            foreach (var rule in settings.Describe()) Console.WriteLine($"  - {rule}");
            foreach (var f in flags) Console.WriteLine($"{f.Pseudonym[..12]}…  {string.Join("; ", f.Reasons)}");
            if (result is not null)
            {
                Console.WriteLine();
                if (result.Note is not null) Console.WriteLine($"Backtest: {result.Note}");
                else
                    Console.WriteLine($"Backtest, the first of each month {result.From:MMMM yyyy} to {result.To:MMMM yyyy} ({result.Days} days): "
                        + $"sensitivity {Percent(result.Sensitivity)} ({result.EscalatedChildrenFlagged} of {result.EscalatedChildren} children who entered residential or inpatient care within {settings.OutcomeWithinMonths} months were flagged before), "
                        + $"precision {Percent(result.Precision)} ({result.FlagsFollowedByEscalation} of {result.Flags} flags were followed by such an entry), "
                        + $"median lead time {(result.MedianLeadDays is { } m ? $"{m:0} days" : "none")}.");
            }
            return 0;
        }));
        return command;
    }

    private static Option<string> LaRequired() => new("--la") { Description = "DfE code of the LA whose children these are.", Required = true };

    private static string Check(string code) =>
        EnglishLocalAuthorities.ByDfeCode(code) is null ? throw new ArgumentException($"--la '{code}' is not the DfE code of an English local authority.") : code;

    private static string Name(string code) => EnglishLocalAuthorities.ByDfeCode(code)?.Name ?? code;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(double? share) => share is { } s ? $"{100 * s:0.0}%" : "n/a";
}
