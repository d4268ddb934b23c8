namespace JoinedUp.Register.Export;

/// <summary>The file types the register exports in (the same two it imports).</summary>
public enum RegisterExportFormat
{
    Csv,
    Xlsx,
}
