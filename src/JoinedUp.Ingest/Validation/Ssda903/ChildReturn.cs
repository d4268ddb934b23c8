using JoinedUp.Ingest.Validation.Ssda903.Rows;

namespace JoinedUp.Ingest.Validation.Ssda903;

/// <summary>
/// Everything one submission says about one child, across its tables, in file order; and, where the store or the
/// same upload holds it, what the LA's previous year's return said about the same child (<see cref="Previous"/>).
/// </summary>
public sealed class ChildReturn(string id, Ssda903Return submission)
{
    private List<HeaderRow>? _headers;
    private List<EpisodeRow>? _episodes;
    private List<EpisodeRow>? _episodesInOrder;
    private List<UascRow>? _uasc;
    private List<ReviewRow>? _reviews;
    private List<MissingRow>? _missing;
    private List<Oc2Row>? _oc2;
    private List<Oc3Row>? _oc3;
    private List<PreviousPermanenceRow>? _previousPermanence;
    private List<Ad1Row>? _ad1;
    private List<PlacedForAdoptionRow>? _placedForAdoption;
    private List<SocialWorkerEpisodeRow>? _socialWorkerEpisodes;

    /// <summary>The child's ID as the LA gives it (never stored; rules' messages must not quote it).</summary>
    public string Id { get; } = id;

    /// <summary>The submission: collection year, period, LA, which tables were supplied.</summary>
    public Ssda903Return Return { get; } = submission;

    private ChildReturn? _previous;
    private bool _previousFound;

    /// <summary>The same child in the LA's previous year's return, or null (not there, or no previous return held: see <see cref="Ssda903Return.Previous"/>).</summary>
    public ChildReturn? Previous
    {
        get
        {
            if (!_previousFound)
            {
                _previous = Return.PreviousOf(Id);
                _previousFound = true;
            }
            return _previous;
        }
    }

    internal void ForgetPrevious()
    {
        _previous = null;
        _previousFound = false;
    }

    /// <summary>The child's first Header row (null when the child has none).</summary>
    public HeaderRow? Header => _headers?[0];

    public RowList<HeaderRow> Headers => new(_headers);

    /// <summary>Episodes in file order.</summary>
    public RowList<EpisodeRow> Episodes => new(_episodes);

    /// <summary>Episodes by start date (DECOM; episodes without a valid DECOM last), then row: the DfE's order for "previous" and "next" episode.</summary>
    public RowList<EpisodeRow> EpisodesInOrder
    {
        get
        {
            if (_episodes is null || _episodes.Count < 2) return new(_episodes);
            if (_episodesInOrder is null)
            {
                var ordered = new List<EpisodeRow>(_episodes);
                ordered.Sort(static (a, b) =>
                    {
                        var byDate = (a.Decom ?? DateOnly.MaxValue).CompareTo(b.Decom ?? DateOnly.MaxValue);
                        return byDate != 0 ? byDate : a.Number.CompareTo(b.Number);
                    });
                _episodesInOrder = ordered;
            }
            return new(_episodesInOrder);
        }
    }

    public RowList<UascRow> Uasc => new(_uasc);
    public RowList<ReviewRow> Reviews => new(_reviews);
    public RowList<MissingRow> Missing => new(_missing);
    public RowList<Oc2Row> Oc2 => new(_oc2);
    public RowList<Oc3Row> Oc3 => new(_oc3);
    public RowList<PreviousPermanenceRow> PreviousPermanence => new(_previousPermanence);
    public RowList<Ad1Row> Ad1 => new(_ad1);
    public RowList<PlacedForAdoptionRow> PlacedForAdoption => new(_placedForAdoption);
    public RowList<SocialWorkerEpisodeRow> SocialWorkerEpisodes => new(_socialWorkerEpisodes);

    /// <summary>Adds a row of any table to the child.</summary>
    public void Add(Ssda903Row row)
    {
        switch (row)
        {
            case HeaderRow r: (_headers ??= []).Add(r); break;
            case EpisodeRow r: (_episodes ??= []).Add(r); _episodesInOrder = null; break;
            case UascRow r: (_uasc ??= []).Add(r); break;
            case ReviewRow r: (_reviews ??= []).Add(r); break;
            case MissingRow r: (_missing ??= []).Add(r); break;
            case Oc2Row r: (_oc2 ??= []).Add(r); break;
            case Oc3Row r: (_oc3 ??= []).Add(r); break;
            case PreviousPermanenceRow r: (_previousPermanence ??= []).Add(r); break;
            case Ad1Row r: (_ad1 ??= []).Add(r); break;
            case PlacedForAdoptionRow r: (_placedForAdoption ??= []).Add(r); break;
            case SocialWorkerEpisodeRow r: (_socialWorkerEpisodes ??= []).Add(r); break;
            default: throw new ArgumentException($"Unknown SSDA903 row type {row.GetType().Name}.", nameof(row));
        }
    }

    /// <summary>The child's date of birth from the Header (null if no header or not a date).</summary>
    public DateOnly? Dob => Header?.Dob;

    /// <summary>Age in whole years on <paramref name="date"/> (null when the date of birth is unknown).</summary>
    public int? AgeOn(DateOnly date) => Dob is { } dob ? Ssda903Return.AgeOn(dob, date) : null;
}
