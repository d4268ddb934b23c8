using Dapper;
using JoinedUp.Domain.Returns;

namespace JoinedUp.Store.Uploads;

/// <summary>The uploads of each LA, one row per submission an upload contained, written when the upload ends.</summary>
public static class UploadRecords
{
    /// <summary>Records one submission of an upload; <paramref name="submissionId"/> is null when it was refused.</summary>
    public static void RecordUpload(this RegionalStore store, SubmissionKey key, string uploadedBy, DateTime uploadedAt, long? submissionId,
        bool refused, int issues, IEnumerable<string> files, string jobId)
    {
        using var connection = store.OpenConnection();
        connection.Execute(
            """
            INSERT INTO upload_record (la, return_kind, year, uploaded_by, uploaded_at, submission_id, refused, issues, files, job_id)
            VALUES (@la, @kind, @year, @uploadedBy, @at, @submissionId, @refused, @issues, @files, @jobId)
            """,
            new
            {
                la = key.LaCode,
                kind = key.Return.Code(),
                year = key.Year,
                uploadedBy,
                at = uploadedAt.ToUniversalTime().ToString("O"),
                submissionId,
                refused = refused ? 1 : 0,
                issues,
                files = string.Join(", ", files),
                jobId,
            });
    }

    /// <summary>The LA's uploads, newest first.</summary>
    public static IReadOnlyList<UploadRecord> UploadsOf(this RegionalStore store, string la, int limit = 50)
    {
        using var connection = store.OpenConnection();
        return connection.Query<UploadRecord>(Select + " WHERE u.la = @la ORDER BY u.uploaded_at DESC, u.id DESC LIMIT @limit", new { la, limit }).ToList();
    }

    /// <summary>One recorded upload by its id, or null.</summary>
    public static UploadRecord? FindUpload(this RegionalStore store, long id)
    {
        using var connection = store.OpenConnection();
        return connection.QuerySingleOrDefault<UploadRecord>(Select + " WHERE u.id = @id", new { id });
    }

    private const string Select = """
            SELECT u.id AS Id, u.la AS La, u.return_kind AS ReturnKind, u.year AS Year, u.uploaded_by AS UploadedBy, u.uploaded_at AS UploadedAt,
                   u.submission_id AS SubmissionId, u.refused AS Refused, u.issues AS Issues, u.files AS Files, u.job_id AS JobId,
                   u.withdrawn_by AS WithdrawnBy, u.withdrawn_at AS WithdrawnAt,
                   CASE WHEN s.id IS NULL THEN 0 ELSE 1 END AS Current,
                   CASE WHEN h.submission_id IS NULL THEN 0 ELSE 1 END AS Held
            FROM upload_record u
            LEFT JOIN submission s ON s.id = u.submission_id
            LEFT JOIN submission_hold h ON h.submission_id = u.submission_id AND h.confirmed_at IS NULL
            """;
}
