using JoinedUp.Disclosure;

namespace JoinedUp.Review.Figures;

/// <summary>A child counted in a review figure: the LA whose data hold them and their record key (cell key method).</summary>
internal sealed record KeyedChild(string LaCode, byte RecordKey) : IKeyedRecord;
