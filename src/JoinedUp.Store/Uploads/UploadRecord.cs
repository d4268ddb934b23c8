namespace JoinedUp.Store.Uploads;

/// <summary>
/// One submission of an upload, as recorded in the store when the upload ended: which LA's return for which year,
/// who uploaded it and when, and what came of it. Kept after a restart; <see cref="Current"/> says whether the
/// submission it loaded is still the one in the store (not replaced by a later upload, nor withdrawn).
/// </summary>
public sealed class UploadRecord
{
    public long Id { get; init; }
    public string La { get; init; } = "";
    public string ReturnKind { get; init; } = "";
    public int Year { get; init; }
    public string UploadedBy { get; init; } = "";
    public string UploadedAt { get; init; } = "";
    public long? SubmissionId { get; init; }
    public bool Refused { get; init; }
    public int Issues { get; init; }
    public string Files { get; init; } = "";
    public string JobId { get; init; } = "";
    public string? WithdrawnBy { get; init; }
    public string? WithdrawnAt { get; init; }

    /// <summary>True when the submission this upload loaded is still in the store.</summary>
    public bool Current { get; init; }

    /// <summary>True when the submission is held for the LA's confirmation (see <see cref="Holds.SubmissionHolds"/>).</summary>
    public bool Held { get; init; }
}
