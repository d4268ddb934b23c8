using JoinedUp.Domain.Codes;
using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Cin;
using JoinedUp.Ingest.Sen2;
using JoinedUp.Ingest.Validation.Ssda903;

namespace JoinedUp.Ingest.Reports;

/// <summary>
/// What a rule code means in a return of a year, the one lookup the LA's report and the web's issue table use: for
/// SSDA903 the year's rule (<see cref="Ssda903RuleSet.Describe"/>: the rule class, else the JoinedUp field check), for
/// the CIN census and SEN2 their rule lists; null for file-level rules.
/// </summary>
public static class RuleDescriptions
{
    public static RuleDefinition? Of(ReturnKind? kind, string code, int? year) => kind switch
    {
        ReturnKind.Ssda903 => Ssda903RuleSet.Describe(code, year),
        ReturnKind.CinCensus => CinCensusRules.All.FirstOrDefault(r => r.Code == code),
        ReturnKind.Sen2 => Sen2Rules.All.FirstOrDefault(r => r.Code == code),
        _ => null,
    };
}
