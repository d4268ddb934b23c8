using JoinedUp.Domain.Geography;
using JoinedUp.Register;
using JoinedUp.Register.Access;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Store;

namespace JoinedUp.Web.Tests.Support;

/// <summary>
/// Register entries put in through the library before the app starts, so that regional counts are at least 5:
/// North Central London ICS (Barnet, 302): 5 green, 5 amber; South West London ICS (Croydon, 306): 6 green, 5 amber, 5 red.
/// The browser journey adds one more Barnet child, ending at green; no other test adds entries in these footprints.
/// </summary>
public static class SeededRegister
{
    public const string NorthCentral = "North Central London ICS";
    public const string SouthWest = "South West London ICS";

    public static readonly IReadOnlyDictionary<(string Footprint, RagRating Rating), int> Seeded = new Dictionary<(string, RagRating), int>
    {
        [(NorthCentral, RagRating.Green)] = 5,
        [(NorthCentral, RagRating.Amber)] = 5,
        [(NorthCentral, RagRating.Red)] = 0,
        [(SouthWest, RagRating.Green)] = 6,
        [(SouthWest, RagRating.Amber)] = 5,
        [(SouthWest, RagRating.Red)] = 5,
    };

    /// <summary>Seeds the entries and returns the id of one Barnet entry and one Croydon entry.</summary>
    public static (long Barnet, long Croydon) Seed(RegionalStore store, Region region)
    {
        var register = new DynamicSupportRegister(store, region);
        long barnet = 0, croydon = 0;
        foreach (var (la, footprint) in new[] { ("302", NorthCentral), ("306", SouthWest) })
        {
            var user = RegisterUser.FromWebRole("seed-" + la, "la-practitioner", la);
            var n = 0;
            foreach (var rating in RagRatings.All)
            {
                for (var i = 0; i < Seeded[(footprint, rating)]; i++)
                {
                    var entry = register.AddEntry(user, new NewEntry(la, $"DSR-SEED-{la}-{n++}", rating, "Seeded for the web tests", "Seed keyworker",
                        [Agency.SocialCare, Agency.Camhs], [RiskIndicator.PeriodsOutOfSchool], new Consent("parent", new DateOnly(2026, 1, 5), "explicit consent"),
                        Meeting: rating == RagRating.Red ? new MeetingRequest(MeetingKind.Cetr, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14)) : null));
                    if (la == "302") barnet = entry.Id;
                    else croydon = entry.Id;
                }
            }
        }
        return (barnet, croydon);
    }
}
