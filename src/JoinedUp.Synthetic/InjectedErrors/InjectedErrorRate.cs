namespace JoinedUp.Synthetic.InjectedErrors;

/// <summary>The documented rate of one kind of injected error.</summary>
/// <param name="Kind">What the error is.</param>
/// <param name="Rate">Expected share of the base (0.005 = 0.5%); each return gets the base times the rate, rounded up or down at random with the fraction's probability.</param>
/// <param name="PerChild">Whether the base is the children in the header (true) or the episode rows (false).</param>
/// <param name="HowToFind">An independent check on the files that finds exactly the injected cases.</param>
public sealed record InjectedErrorRate(InjectedErrorKind Kind, double Rate, bool PerChild, string HowToFind);
