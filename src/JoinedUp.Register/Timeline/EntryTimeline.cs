using JoinedUp.Register.Actions;
using JoinedUp.Register.Entries;
using JoinedUp.Register.Meetings;
using JoinedUp.Register.Ratings;
using JoinedUp.Register.Reviews;

namespace JoinedUp.Register.Timeline;

/// <summary>One child's page: the entry, its rating history, meetings, reviews, actions and recorded changes, and all of them as one dated timeline.</summary>
public sealed record EntryTimeline(
    RegisterEntry Entry,
    IReadOnlyList<RatingChange> Ratings,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Review> Reviews,
    IReadOnlyList<AgreedAction> Actions,
    IReadOnlyList<EntryEvent> Events,
    IReadOnlyList<TimelineItem> Items);
