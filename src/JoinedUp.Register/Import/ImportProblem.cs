namespace JoinedUp.Register.Import;

/// <summary>Why a row (or the file) cannot be taken: the row number in the file, the column as headed there, the rule and a plain message.</summary>
public sealed record ImportProblem(int? Row, string? Column, string Rule, string Message);
