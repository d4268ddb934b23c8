namespace JoinedUp.Disclosure;

/// <summary>
/// A cell being counted: how many records fall in it, the sum of their record keys (the cell key is that sum modulo
/// <see cref="PerturbationTable.KeyRange"/>), and whether every record belongs to one given LA. The records of other
/// LAs are also counted apart, with their own cell key, for figures that show the viewer's own LA beside others
/// (<see cref="DisclosureControl.SeparatesOwnLa"/>).
/// </summary>
public struct CellCount
{
    private long _keySum;
    private long _otherKeySum;

    public long Count { get; private set; }

    /// <summary>The cell key: the same records always give the same key, whatever view or filter counted them.</summary>
    public readonly int CellKey => (int)(_keySum % PerturbationTable.KeyRange);

    /// <summary>Some record in the cell belongs to an LA other than the one the counter was asked about.</summary>
    public bool HasOtherLas { get; private set; }

    /// <summary>The records (or events) of the other LAs only.</summary>
    public long OtherCount { get; private set; }

    /// <summary>The cell key of the other LAs' records only.</summary>
    public readonly int OtherCellKey => (int)(_otherKeySum % PerturbationTable.KeyRange);

    /// <summary>Adds one record (weight 1) or an event count for one record (e.g. a child's placement moves).</summary>
    public void Add(byte recordKey, bool ownLa, long weight = 1)
    {
        if (weight <= 0) return;
        Count += weight;
        _keySum += recordKey * weight;
        if (ownLa) return;
        HasOtherLas = true;
        OtherCount += weight;
        _otherKeySum += recordKey * weight;
    }
}
