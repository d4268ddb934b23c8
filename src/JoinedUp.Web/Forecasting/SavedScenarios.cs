using System.Globalization;
using Dapper;
using JoinedUp.Forecast.Scenarios;
using JoinedUp.Store;

namespace JoinedUp.Web.Forecasting;

/// <summary>A scenario saved by name in the regional store.</summary>
public sealed record SavedScenario(long Id, string Name, string Owner, string Organisation, string Definition, string SavedAt)
{
    public Scenario? Scenario => ScenarioFile.FromJson(Definition).FirstOrDefault();
}

/// <summary>
/// Named forecast scenarios in the regional store (table forecast_scenario). A scenario holds only assumptions, no data
/// about children; each organisation sees the scenarios its own users saved.
/// </summary>
public sealed class SavedScenarios(RegionalStore store)
{
    public long Save(Scenario scenario, string owner, string organisation)
    {
        using var connection = store.OpenConnection();
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO forecast_scenario (name, owner, organisation, definition, saved_at)
            VALUES (@name, @owner, @organisation, @definition, @at) RETURNING id
            """,
            new
            {
                name = scenario.Name,
                owner,
                organisation,
                definition = ScenarioFile.ToJson([scenario]),
                at = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            });
    }

    public IReadOnlyList<SavedScenario> For(string organisation)
    {
        using var connection = store.OpenConnection();
        return connection.Query<SavedScenario>(
            """
            SELECT id AS Id, name AS Name, owner AS Owner, organisation AS Organisation, definition AS Definition, saved_at AS SavedAt
            FROM forecast_scenario WHERE organisation = @organisation ORDER BY name, id
            """, new { organisation }).ToList();
    }

    public SavedScenario? Find(long id, string organisation) => For(organisation).FirstOrDefault(s => s.Id == id);
}
