using System.Globalization;
using Dapper;
using JoinedUp.Provision.Map;
using JoinedUp.Store;

namespace JoinedUp.Provision.Storage;

/// <summary>
/// The provision map in the regional store: establishments (table provision_establishment, one row per URN, shared by
/// the region) and each LA's community services (table provision_service). Loads happen in one transaction: a file is
/// loaded whole or not at all.
/// </summary>
public sealed class ProvisionStore(RegionalStore store)
{
    private sealed class EstablishmentRow
    {
        public string Urn { get; init; } = "";
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public string HostLa { get; init; } = "";
        public string District { get; init; } = "";
        public string Grade { get; init; } = "";
        public string? GradeDate { get; init; }
        public long Places { get; init; }
        public long MinAge { get; init; }
        public long MaxAge { get; init; }
        public string Sexes { get; init; } = "";
        public string Needs { get; init; } = "";
        public string Risk { get; init; } = "";
        public double PriceMin { get; init; }
        public double PriceMax { get; init; }
        public string Contract { get; init; } = "";
    }

    private sealed class ServiceRow
    {
        public long Id { get; init; }
        public string La { get; init; } = "";
        public string Service { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Agency { get; init; } = "";
        public string Eligibility { get; init; } = "";
        public long MinAge { get; init; }
        public long MaxAge { get; init; }
        public long Diagnosis { get; init; }
        public long Capacity { get; init; }
        public long Waiting { get; init; }
    }

    private static string Now => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public IReadOnlyList<Establishment> Establishments()
    {
        using var connection = store.OpenConnection();
        return connection.Query<EstablishmentRow>(
            """
            SELECT urn AS Urn, name AS Name, type AS Type, host_la AS HostLa, postcode_district AS District, ofsted_grade AS Grade,
                   ofsted_date AS GradeDate, registered_places AS Places, min_age AS MinAge, max_age AS MaxAge, sexes AS Sexes,
                   needs_met AS Needs, risk_level AS Risk, weekly_price_min AS PriceMin, weekly_price_max AS PriceMax, contract_status AS Contract
            FROM provision_establishment ORDER BY name, urn
            """).Select(r => new Establishment(r.Urn, r.Name, r.Type, r.HostLa, r.District, r.Grade,
                r.GradeDate is null ? null : DateOnly.ParseExact(r.GradeDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (int)r.Places, (int)r.MinAge, (int)r.MaxAge, r.Sexes,
                r.Needs.Split(';', StringSplitOptions.RemoveEmptyEntries), r.Risk, (decimal)r.PriceMin, (decimal)r.PriceMax, r.Contract)).ToList();
    }

    /// <summary>Adds or updates each establishment by URN, all in one transaction; returns how many were new.</summary>
    public int SaveEstablishments(IReadOnlyList<Establishment> establishments, string byUser)
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var added = 0;
        foreach (var e in establishments)
        {
            var args = new
            {
                urn = e.Urn,
                name = e.Name,
                type = e.Type,
                host = e.HostLa,
                district = e.District,
                grade = e.OfstedGrade,
                date = e.OfstedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                places = e.RegisteredPlaces,
                minAge = e.MinAge,
                maxAge = e.MaxAge,
                sexes = e.Sexes,
                needs = string.Join(';', e.NeedsMet),
                risk = e.RiskLevel,
                priceMin = (double)e.WeeklyPriceMin,
                priceMax = (double)e.WeeklyPriceMax,
                contract = e.ContractStatus,
                at = Now,
                by = byUser,
            };
            var updated = connection.Execute(
                """
                UPDATE provision_establishment SET name = @name, type = @type, host_la = @host, postcode_district = @district, ofsted_grade = @grade,
                    ofsted_date = @date, registered_places = @places, min_age = @minAge, max_age = @maxAge, sexes = @sexes, needs_met = @needs,
                    risk_level = @risk, weekly_price_min = @priceMin, weekly_price_max = @priceMax, contract_status = @contract, updated_at = @at, updated_by = @by
                WHERE urn = @urn
                """, args, transaction);
            if (updated > 0) continue;
            connection.Execute(
                """
                INSERT INTO provision_establishment (urn, name, type, host_la, postcode_district, ofsted_grade, ofsted_date, registered_places, min_age, max_age,
                    sexes, needs_met, risk_level, weekly_price_min, weekly_price_max, contract_status, updated_at, updated_by)
                VALUES (@urn, @name, @type, @host, @district, @grade, @date, @places, @minAge, @maxAge, @sexes, @needs, @risk, @priceMin, @priceMax, @contract, @at, @by)
                """, args, transaction);
            added++;
        }
        transaction.Commit();
        return added;
    }

    /// <summary>Every LA's services, or one LA's.</summary>
    public IReadOnlyList<CommunityService> Services(string? laCode = null)
    {
        using var connection = store.OpenConnection();
        return connection.Query<ServiceRow>(
            $"""
            SELECT id AS Id, la AS La, service AS Service, kind AS Kind, agency AS Agency, eligibility AS Eligibility, min_age AS MinAge, max_age AS MaxAge,
                   diagnosis_required AS Diagnosis, capacity AS Capacity, waiting_weeks AS Waiting
            FROM provision_service {(laCode is null ? "" : "WHERE la = @laCode")} ORDER BY la, service, id
            """, new { laCode }).Select(r => new CommunityService(r.Id, r.La, r.Service, r.Kind, r.Agency, r.Eligibility, (int)r.MinAge, (int)r.MaxAge,
                r.Diagnosis != 0, (int)r.Capacity, (int)r.Waiting)).ToList();
    }

    /// <summary>Replaces an LA's services with those of its new service mapping return, in one transaction.</summary>
    public void ReplaceServices(string laCode, IReadOnlyList<CommunityService> services, string byUser)
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM provision_service WHERE la = @laCode", new { laCode }, transaction);
        foreach (var s in services) Insert(connection, transaction, laCode, s, byUser);
        transaction.Commit();
    }

    /// <summary>Adds one service to an LA's entries (from the web form); returns its id.</summary>
    public long AddService(string laCode, CommunityService service, string byUser)
    {
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var id = Insert(connection, transaction, laCode, service, byUser);
        transaction.Commit();
        return id;
    }

    /// <summary>Removes one of an LA's services; false when the LA has no service of that id.</summary>
    public bool RemoveService(string laCode, long id)
    {
        using var connection = store.OpenConnection();
        return connection.Execute("DELETE FROM provision_service WHERE id = @id AND la = @laCode", new { id, laCode }) > 0;
    }

    private static long Insert(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string laCode, CommunityService s, string byUser) =>
        connection.ExecuteScalar<long>(
            """
            INSERT INTO provision_service (la, service, kind, agency, eligibility, min_age, max_age, diagnosis_required, capacity, waiting_weeks, updated_at, updated_by)
            VALUES (@la, @service, @kind, @agency, @eligibility, @minAge, @maxAge, @diagnosis, @capacity, @waiting, @at, @by) RETURNING id
            """,
            new
            {
                la = laCode,
                service = s.Service,
                kind = s.Kind,
                agency = s.Agency,
                eligibility = s.Eligibility,
                minAge = s.MinAge,
                maxAge = s.MaxAge,
                diagnosis = s.DiagnosisRequired ? 1 : 0,
                capacity = s.Capacity,
                waiting = s.WaitingWeeks,
                at = Now,
                by = byUser,
            }, transaction);
}
