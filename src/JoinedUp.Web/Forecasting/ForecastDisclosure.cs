using JoinedUp.Disclosure;
using JoinedUp.Forecast.Results;
using JoinedUp.Store;
using JoinedUp.Store.Keys;

namespace JoinedUp.Web.Forecasting;

/// <summary>
/// The one count in a forecast that is a count of children rather than a model's estimate: the children in care on the
/// start date. For an area that is not wholly the viewer's own LA it is published through the disclosure control like
/// every dashboard figure (its cell: the children in the area's returns in care that day), so that forecasts started a
/// day apart do not give away the day's entries and exits. Later points are the model's estimates from that stock.
/// </summary>
public sealed class ForecastDisclosure(RegionalStore store, ForecastResults results)
{
    private readonly Lazy<RecordKeys> _keys = new(() => new RecordKeys(RecordKeySecret.For(store)));

    public ForecastOutcome Protect(ForecastOutcome outcome, ForecastForm form, DisclosureControl disclosure)
    {
        if (outcome.Baseline.Points.Count == 0) return outcome;
        var start = outcome.Baseline.Points[0].Date;
        var area = form.Area.LaCodes?.ToHashSet(StringComparer.Ordinal);
        var cell = new CellCount();
        foreach (var child in results.History().History.Children)
            if (child.SpellOn(start) is { } spell && (area is null || area.Contains(spell.LaCode)))
                cell.Add(_keys.Value.Of(child.Pseudonym), disclosure.IsOwn(spell.LaCode));
        var figure = disclosure.Publish(cell);
        if (figure.Kind == FigureKind.Exact) return outcome;
        ForecastResult Replace(ForecastResult r) => r with { Points = [r.Points[0] with { Children = figure.Value, ChildrenInterval = null }, .. r.Points.Skip(1)] };
        return outcome with
        {
            Baseline = Replace(outcome.Baseline),
            Comparison = outcome.Comparison is { } c ? c with { Baseline = Replace(c.Baseline), Scenario = Replace(c.Scenario) } : null,
        };
    }
}
