namespace JoinedUp.Forecast.Model;

/// <summary>
/// Projects a population day by day (explicit daily steps): on each day, children in state s leave it at
/// the rate exit + transitions + ageing (capped at all of them), those moving land in their new state,
/// and the day's entries arrive. Spend for a day is the children in each state times the daily unit
/// cost of its category, counted before the day's moves.
/// </summary>
public static class PopulationProjector
{
    public static Projection Project(double[] initial, StateSpace space, ProjectionPlan plan)
    {
        var n = initial.Length;
        var categories = space.Categories.Count;
        var x = (double[])initial.Clone();
        var next = new double[n];
        var statesAtPoints = new double[plan.PointDays.Length][];
        var spendPerPoint = new double[plan.PointDays.Length];
        var spendPerYear = new double[plan.YearDays.Length][];
        for (var y = 0; y < spendPerYear.Length; y++) spendPerYear[y] = new double[categories];
        var categoryOfState = new int[n];
        for (var s = 0; s < n; s++) categoryOfState[s] = space.CategoryOfState(s);

        var rateIndex = -1;
        var costIndex = -1;
        var step = default(Step);
        double[] dailyCost = [];
        var point = -1;
        var year = -1;
        for (var day = 0; day < plan.Days; day++)
        {
            if (rateIndex + 1 < plan.Rates.Count && plan.Rates[rateIndex + 1].FromDay <= day)
            {
                while (rateIndex + 1 < plan.Rates.Count && plan.Rates[rateIndex + 1].FromDay <= day) rateIndex++;
                step = Step.From(plan.Rates[rateIndex].Rates);
            }
            while (costIndex + 1 < plan.Costs.Count && plan.Costs[costIndex + 1].FromDay <= day)
                dailyCost = plan.Costs[++costIndex].DailyCostOfCategory;
            while (point + 1 < plan.PointDays.Length && plan.PointDays[point + 1] <= day)
                statesAtPoints[++point] = (double[])x.Clone();
            while (year + 1 < plan.YearDays.Length && plan.YearDays[year + 1] <= day) year++;

            var spend = 0.0;
            var yearSpend = year >= 0 ? spendPerYear[year] : null;
            for (var s = 0; s < n; s++)
            {
                var cost = x[s] * dailyCost[categoryOfState[s]];
                spend += cost;
                if (yearSpend is not null) yearSpend[categoryOfState[s]] += cost;
            }
            if (point >= 0) spendPerPoint[point] += spend;

            for (var s = 0; s < n; s++) next[s] = x[s] * step.Stay[s] + step.Entries[s];
            for (var f = 0; f < step.FlowFrom.Length; f++) next[step.FlowTo[f]] += x[step.FlowFrom[f]] * step.FlowRate[f];
            (x, next) = (next, x);
        }
        while (point + 1 < plan.PointDays.Length) statesAtPoints[++point] = (double[])x.Clone();
        return new Projection { StatesAtPoints = statesAtPoints, SpendPerPoint = spendPerPoint, SpendPerYearByCategory = spendPerYear };
    }

    /// <summary>Rates laid out for the daily loop: the share staying in each state and the non-zero flows.</summary>
    private readonly struct Step
    {
        public double[] Stay { get; init; }
        public double[] Entries { get; init; }
        public int[] FlowFrom { get; init; }
        public int[] FlowTo { get; init; }
        public double[] FlowRate { get; init; }

        public static Step From(FlowRates rates)
        {
            var n = rates.States;
            var stay = new double[n];
            var from = new List<int>();
            var to = new List<int>();
            var rate = new List<double>();
            for (var s = 0; s < n; s++)
            {
                var leaving = rates.ExitRate[s] + rates.AgeingRate[s];
                for (var t = 0; t < n; t++) if (t != s) leaving += rates.TransitionRate[s * n + t];
                var scale = leaving > 1 ? 1 / leaving : 1;
                stay[s] = 1 - leaving * scale;
                for (var t = 0; t < n; t++)
                {
                    var r = rates.TransitionRate[s * n + t];
                    if (t != s && r > 0) { from.Add(s); to.Add(t); rate.Add(r * scale); }
                }
                if (rates.AgeingTarget[s] >= 0 && rates.AgeingRate[s] > 0)
                {
                    from.Add(s); to.Add(rates.AgeingTarget[s]); rate.Add(rates.AgeingRate[s] * scale);
                }
            }
            return new Step { Stay = stay, Entries = rates.EntriesPerDay, FlowFrom = [.. from], FlowTo = [.. to], FlowRate = [.. rate] };
        }
    }
}
