namespace JoinedUp.Register.Import;

/// <summary>
/// What an import would do, shown before anything is stored: the rows it can take, the problems of the rows it cannot
/// (row, column, rule), the columns it recognised and the ones it ignored (identifying columns are never read).
/// Nothing is written until <see cref="DynamicSupportRegister.ConfirmImport"/> is called by the same user.
/// </summary>
public sealed record RegisterImportPreview(
    Guid Id,
    string FileName,
    string UserName,
    string Organisation,
    IReadOnlyList<ImportRow> Rows,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<string, DsrColumn> RecognisedColumns,
    IReadOnlyList<string> IgnoredColumns)
{
    public bool CanConfirm => Rows.Count > 0;
}
