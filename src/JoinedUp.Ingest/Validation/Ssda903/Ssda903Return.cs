using JoinedUp.Domain.Returns;
using JoinedUp.Ingest.Ssda903;
using JoinedUp.Ingest.Tables;
using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// One LA's SSDA903 return for one collection year, every table's rows grouped by child, as the whole-return rules read
/// it. Built row by row as the submission is read (<see cref="Add(ReturnRow)"/>); rows are copied, typed, and their
/// dates parsed once. Holds the submission in memory: an LA-year of 20,000 children is about 30 MB.
/// </summary>
public sealed class Ssda903Return(SubmissionKey key)
{
    private readonly Dictionary<string, ChildReturn> _children = new(StringComparer.Ordinal);
    private readonly HashSet<string> _supplied = new(StringComparer.Ordinal);

    public SubmissionKey Key { get; } = key;

    /// <summary>The collection year by its end (2024 is the year 1 April 2023 to 31 March 2024).</summary>
    public int Year => Key.Year;

    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly CollectionStart => Key.PeriodStart;

    /// <summary>31 March at the end of the collection year.</summary>
    public DateOnly CollectionEnd => Key.PeriodEnd;

    public string LaCode => Key.LaCode;

    /// <summary>Every child with a row in any table, in the order first seen.</summary>
    public IReadOnlyCollection<ChildReturn> Children => _children.Values;

    /// <summary>The LA's previous year's return, when the store or the same upload holds it (null otherwise).</summary>
    public PreviousReturn? Previous { get; private set; }

    /// <summary>True when the submission included the table (by JoinedUp's table name: header, episodes, uasc, reviews, ...), even with no rows.</summary>
    public bool Supplied(TableSpec table) => _supplied.Contains(table.Name);

    public ChildReturn? Child(string id) => _children.GetValueOrDefault(id);

    /// <summary>Notes that a table's file was part of the submission.</summary>
    public void Supply(TableSpec table) => _supplied.Add(table.Name);

    /// <summary>Copies a row just read into the return (rows without a CHILD are not kept: no child rule can report them).</summary>
    public Ssda903Row? Add(ReturnRow row) => row.Values[0] is { } child ? Add(row, ChildOf(child)) : Supply(row.Table, null);

    /// <summary>Copies a row just read into the return, as a row of <paramref name="child"/> (found by the caller: <see cref="ChildOf"/>).</summary>
    public Ssda903Row Add(ReturnRow row, ChildReturn child)
    {
        _supplied.Add(row.Table.Name);
        if (!ReferenceEquals(row.File, _lastPath))
        {
            _lastPath = row.File;
            _lastFile = Path.GetFileName(row.File);
        }
        var typed = Typed(row.Table, _lastFile!, row.Number, (string?[])row.Values.Clone());
        child.Add(typed);
        return typed;
    }

    private string? _lastPath;
    private string? _lastFile;

    private Ssda903Row? Supply(TableSpec table, Ssda903Row? row)
    {
        Supply(table);
        return row;
    }

    /// <summary>Adds a typed row (used by tests and by the previous-year loader).</summary>
    public void Add(Ssda903Row row)
    {
        _supplied.Add(row.Table.Name);
        if (row.Child is { } child) ChildOf(child).Add(row);
    }

    /// <summary>Attaches the previous year's return, each child to its own earlier self by <paramref name="keyOf"/> (the pseudonym when the previous return came from the store).</summary>
    public void AttachPrevious(PreviousReturn previous, Func<string, string> keyOf)
    {
        Previous = previous;
        _previousKeyOf = keyOf;
    }

    private Func<string, string>? _previousKeyOf;

    /// <summary>Lets go of the previous return and every child's link to it (a return kept for the next year's must not keep a chain of years alive).</summary>
    public void ForgetPrevious()
    {
        Previous = null;
        _previousKeyOf = null;
        foreach (var child in _children.Values) child.ForgetPrevious();
    }

    /// <summary>The child <paramref name="id"/> in the previous return, or null.</summary>
    internal ChildReturn? PreviousOf(string id) => Previous is null ? null : Previous.Return.Child(_previousKeyOf!(id));

    public static Ssda903Row Typed(TableSpec table, string file, int number, string?[] values)
    {
        if (table == Ssda903Tables.Header) return new HeaderRow(file, number, values);
        if (table == Ssda903Tables.Episodes) return new EpisodeRow(file, number, values);
        if (table == Ssda903Tables.Uasc) return new UascRow(file, number, values);
        if (table == Ssda903Tables.Reviews) return new ReviewRow(file, number, values);
        if (table == Ssda903Tables.Missing) return new MissingRow(file, number, values);
        if (table == Ssda903Tables.Oc2) return new Oc2Row(file, number, values);
        if (table == Ssda903Tables.Oc3) return new Oc3Row(file, number, values);
        if (table == Ssda903Tables.PreviousPermanence) return new PreviousPermanenceRow(file, number, values);
        if (table == Ssda903Tables.Ad1) return new Ad1Row(file, number, values);
        if (table == Ssda903Tables.PlacedForAdoption) return new PlacedForAdoptionRow(file, number, values);
        if (table == Ssda903Tables.SocialWorkerEpisodes) return new SocialWorkerEpisodeRow(file, number, values);
        throw new ArgumentException($"{table.Name} is not an SSDA903 table.", nameof(table));
    }

    /// <summary>The child <paramref name="id"/>, added with no rows when new.</summary>
    public ChildReturn ChildOf(string id)
    {
        if (!_children.TryGetValue(id, out var child))
        {
            child = new ChildReturn(id, this);
            _children.Add(id, child);
        }
        return child;
    }

    /// <summary>Age in whole years on <paramref name="date"/> of a child born on <paramref name="birth"/> (a 29 February birthday falls on 28 February).</summary>
    public static int AgeOn(DateOnly birth, DateOnly date)
    {
        var age = date.Year - birth.Year;
        if (date < birth.AddYears(age)) age--;
        return age;
    }
}
