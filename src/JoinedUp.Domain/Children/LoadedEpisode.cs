namespace JoinedUp.Domain.Children;

/// <summary>An episode as it stands in the regional store, with where it came from and the child's degraded birth month and sex.</summary>
/// <param name="LaCode">DfE code of the LA whose return holds the episode.</param>
/// <param name="ReturnYear">Collection year of that return; a later return's version of the same episode supersedes earlier ones.</param>
public sealed record LoadedEpisode(string LaCode, int ReturnYear, DateOnly? BirthMonth, int? Sex, EpisodeRecord Episode);
