namespace JoinedUp.Domain.Geography;

/// <summary>An English local authority with children's services responsibilities.</summary>
/// <param name="DfeCode">The three-digit DfE (LA) code used in statutory returns, e.g. "302" for Barnet.</param>
/// <param name="OnsCode">The ONS GSS code, e.g. "E09000003".</param>
/// <param name="Name">The authority's name as the DfE publishes it.</param>
/// <param name="EnglishRegion">The ONS region (former Government Office Region), e.g. "London".</param>
public sealed record LocalAuthority(string DfeCode, string OnsCode, string Name, string EnglishRegion);
