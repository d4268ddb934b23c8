namespace JoinedUp.Domain.Returns;

/// <summary>
/// One LA's return for one collection year. Loading a submission with the same key replaces the earlier one.
/// The year is the year in which the collection period ends (2021 = 1 April 2020 to 31 March 2021).
/// </summary>
public sealed record SubmissionKey(string LaCode, ReturnKind Return, int Year)
{
    public override string ToString() => $"{LaCode}/{Return.Code()}/{Year}";

    /// <summary>First day of the collection period.</summary>
    public DateOnly PeriodStart => new(Year - 1, 4, 1);

    /// <summary>Last day of the collection period (31 March).</summary>
    public DateOnly PeriodEnd => new(Year, 3, 31);
}
