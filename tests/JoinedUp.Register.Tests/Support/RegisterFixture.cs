using JoinedUp.TestSupport;
using JoinedUp.Domain.Geography;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;

namespace JoinedUp.Register.Tests.Support;

/// <summary>A London register on a fresh store, with a clock at 1 March 2025.</summary>
public sealed class RegisterFixture : IDisposable
{
    private readonly TestStore _store;

    public RegisterFixture(string engine)
    {
        _store = TestStore.Open(engine);
        Clock = new FixedClock(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
        Register = new DynamicSupportRegister(_store.Store, Regions.London, clock: Clock);
    }

    public DynamicSupportRegister Register { get; }
    public FixedClock Clock { get; }
    public JoinedUp.Store.RegionalStore Store => _store.Store;

    public static NewEntry Child(string laCode, string childId, RagRating rating = RagRating.Green, MeetingRequest? meeting = null) => new(
        laCode, childId, rating, "Autistic, anxious about school transition; family coping with support",
        "Sam Keyworker", [Agency.SocialCare, Agency.Camhs], [RiskIndicator.PeriodsOutOfSchool],
        new Consent("parent", new DateOnly(2025, 2, 1), "explicit consent"), Meeting: meeting);

    public void Dispose() => _store.Dispose();
}
