namespace JoinedUp.Web.Forecasting;

/// <summary>
/// A forecast not yet computed was asked for while another of the same user's is still running: each costs seconds of
/// CPU, so one user runs one at a time (the web answers 429 with this message).
/// </summary>
public sealed class ForecastBusyException() : Exception("Another forecast you asked for is still being worked out. Wait for it to finish (it takes a few seconds), then try again.");
