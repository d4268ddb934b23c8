using JoinedUp.Analytics.Cohort;
using JoinedUp.Store;
using JoinedUp.Web.Forecasting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JoinedUp.Web.Hosting;

/// <summary>
/// Once the app has started, loads in the background what the first dashboard and forecast pages would otherwise load
/// while a user waits: the store's care facts and the care history the forecasts start from. A failure (the store
/// unreachable at start) is logged in one line; the pages then load them on first use as before.
/// </summary>
internal static class CacheWarming
{
    public static void Use(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("JoinedUp.Web.CacheWarming");
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            try
            {
                app.Services.GetRequiredService<CareFactsCache>().Current();
                app.Services.GetRequiredService<ForecastResults>().History();
            }
            catch (Exception e)
            {
                logger.LogWarning("Caches not warmed at start: {Reason}", StoreOutage.Is(e) ? StoreOutage.Describe(e) : e.Message);
            }
        }));
    }
}
