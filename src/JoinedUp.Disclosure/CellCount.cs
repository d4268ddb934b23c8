namespace JoinedUp.Disclosure;

/// <summary>
/// A cell being counted: how many records fall in it, the sum of their record keys (the cell key is that sum modulo
/// <see cref="PerturbationTable.KeyRange"/>), and whether every record belongs to one given LA.
/// </summary>
public struct CellCount
{
    private long _keySum;

    public long Count { get; private set; }

    /// <summary>The cell key: the same records always give the same key, whatever view or filter counted them.</summary>
    public readonly int CellKey => (int)(_keySum % PerturbationTable.KeyRange);

    /// <summary>Some record in the cell belongs to an LA other than the one the counter was asked about.</summary>
    public bool HasOtherLas { get; private set; }

    /// <summary>Adds one record (weight 1) or an event count for one record (e.g. a child's placement moves).</summary>
    public void Add(byte recordKey, bool ownLa, long weight = 1)
    {
        if (weight <= 0) return;
        Count += weight;
        _keySum += recordKey * weight;
        if (!ownLa) HasOtherLas = true;
    }
}
