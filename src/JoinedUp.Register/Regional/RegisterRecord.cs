using JoinedUp.Disclosure;

namespace JoinedUp.Register.Regional;

/// <summary>
/// One register entry (or one of its rating changes) as the regional figures count it: the LA that holds the entry,
/// the entry's record key (from its pseudonym) and what the figure groups it by.
/// </summary>
internal sealed record RegisterRecord(string LaCode, byte RecordKey, string Row, string Column) : IKeyedRecord;
