namespace JoinedUp.Forecast.History;

/// <summary>One child's time in care: non-overlapping spells in date order; a gap between spells is time out of care.</summary>
public sealed class ChildInCare
{
    public ChildInCare(string pseudonym, DateOnly? birthMonth, IReadOnlyList<CareSpell> spells)
    {
        Pseudonym = pseudonym;
        BirthMonth = birthMonth;
        Spells = spells;
    }

    public string Pseudonym { get; }

    /// <summary>First day of the birth month (the stored, degraded date of birth), if known.</summary>
    public DateOnly? BirthMonth { get; }

    public IReadOnlyList<CareSpell> Spells { get; }

    public CareSpell? SpellOn(DateOnly date)
    {
        foreach (var spell in Spells)
        {
            if (spell.Start > date) return null;
            if (spell.Covers(date)) return spell;
        }
        return null;
    }

    /// <summary>Whether the spell at <paramref name="index"/> starts the day the previous one ends (care continues).</summary>
    public bool ContinuesFromPrevious(int index) => index > 0 && Spells[index - 1].End == Spells[index].Start;

    /// <summary>Whether the spell at <paramref name="index"/> is followed at once by another (care continues).</summary>
    public bool ContinuesToNext(int index) => index + 1 < Spells.Count && Spells[index].End == Spells[index + 1].Start;
}
