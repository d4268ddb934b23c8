namespace JoinedUp.Forecast.Spend;

/// <summary>One LA's outturn on one Section 251 line in one financial year (the year it ends: 2018 is 2017-18), in pounds.</summary>
public sealed record SpendLine(string LaCode, int Year, string Line, double Amount);
