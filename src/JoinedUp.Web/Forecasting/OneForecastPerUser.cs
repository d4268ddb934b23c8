using System.Collections.Concurrent;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// Each user computes at most one new forecast at a time: a forecast not yet computed costs seconds of CPU, so a second
/// one asked for while the first still runs is refused with <see cref="ForecastBusyException"/> (the web answers 429).
/// </summary>
public sealed class OneForecastPerUser
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _running = new(StringComparer.Ordinal);

    /// <summary>Takes <paramref name="userName"/>'s slot until the result is disposed; throws <see cref="ForecastBusyException"/> when it is taken.</summary>
    public IDisposable Enter(string userName)
    {
        var slot = _running.GetOrAdd(userName, _ => new SemaphoreSlim(1, 1));
        if (!slot.Wait(0)) throw new ForecastBusyException();
        return new Slot(slot);
    }

    private sealed class Slot(SemaphoreSlim slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) slot.Release();
        }
    }
}
