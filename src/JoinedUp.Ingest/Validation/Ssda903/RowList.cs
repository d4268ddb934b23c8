using System.Collections;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// One child's rows of one table, as the rules read them: a count, an indexer and a <c>foreach</c> that allocates
/// nothing (the rules run hundreds of times for every child of every return, and an interface's enumerator is an object
/// each time). Converting it to <see cref="IReadOnlyList{T}"/> works, but boxes: keep it as it is in rules.
/// </summary>
public readonly struct RowList<T> : IReadOnlyList<T> where T : Ssda903Row
{
    private readonly List<T>? _rows;

    public RowList(List<T>? rows) => _rows = rows;

    public int Count => _rows?.Count ?? 0;

    public T this[int index] => _rows is null ? throw new ArgumentOutOfRangeException(nameof(index)) : _rows[index];

    public Enumerator GetEnumerator() => new(_rows);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => (_rows ?? []).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>The rows in order, without allocating.</summary>
    public struct Enumerator(List<T>? rows)
    {
        private int _index = -1;

        public readonly T Current => rows![_index];

        public bool MoveNext() => rows is not null && ++_index < rows.Count;
    }
}
