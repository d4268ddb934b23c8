using JoinedUp.Disclosure;

namespace JoinedUp.Analytics.Sen2;

/// <summary>
/// A child with an EHC plan in force at the end of an LA's SEN2 return year (started on or before 31 March and not
/// ceased by then), one per child and return.
/// </summary>
/// <param name="NewInYear">The plan started in the year to 31 March (1 April to 31 March).</param>
public sealed record EhcPlan(string LaCode, int Year, string AgeBand, string Setting, string Sex, string EthnicGroup, bool NewInYear, byte RecordKey) : IKeyedRecord;
