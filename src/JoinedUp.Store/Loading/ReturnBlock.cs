namespace JoinedUp.Store.Loading;

/// <summary>
/// Consecutive rows of one of the small SSDA903 tables as the store keeps them (table return_block):
/// <see cref="Columns"/> is a JSON array of the column names ("row_offset", "child", then the table's fields), and
/// <see cref="Rows"/> the UTF-8 JSON array of rows (its first <see cref="Length"/> bytes), each an array of values in
/// that order. A row's number in the file is <see cref="FirstRow"/> plus its row_offset. The bytes are borrowed from the shared array pool; the writer gives them back once stored.
/// </summary>
internal sealed record ReturnBlock(string Table, int FirstRow, int RowCount, string Columns, byte[] Rows, int Length)
{
    public ReadOnlySpan<byte> Json => Rows.AsSpan(0, Length);

    public void Release() => System.Buffers.ArrayPool<byte>.Shared.Return(Rows);
}
