using System.Security.Cryptography;
using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Evidence;
using JoinedUp.Review.Reviews;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    private const string EvidenceColumns =
        """
        id AS Id, statement_key AS StatementKey, kind AS Kind, text AS Text, link AS Link, file_name AS FileName, stored_name AS StoredName,
        content_type AS ContentType, size_bytes AS SizeBytes, added_at AS AddedAt, added_by AS AddedBy, sector AS Sector
        """;

    private sealed class EvidenceRow
    {
        public long Id { get; init; }
        public string StatementKey { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Text { get; init; } = "";
        public string? Link { get; init; }
        public string? FileName { get; init; }
        public string? StoredName { get; init; }
        public string? ContentType { get; init; }
        public long? SizeBytes { get; init; }
        public string AddedAt { get; init; } = "";
        public string AddedBy { get; init; } = "";
        public string Sector { get; init; } = "";

        public EvidenceItem ToItem() => new(Id, StatementKey, Kind, Text, Link, FileName, ContentType, SizeBytes, AddedAt, AddedBy, Sectors.Parse(Sector));
    }

    /// <summary>Adds a written note, or a link (http or https only) with an optional note, as evidence for a statement. Audited.</summary>
    public long AddEvidence(ReviewUser user, long reviewId, string? statementKey, string? note, string? link)
    {
        using var connection = _store.OpenConnection();
        var (review, sector) = OpenPartner(connection, user, reviewId, "review.evidence.add");
        var statement = StatementOf(Framework(connection, review.FrameworkVersion)!.Definition, statementKey);
        string? url = null;
        if (!string.IsNullOrWhiteSpace(link))
        {
            if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || link.Trim().Length > 1000)
                throw new ReviewRuleException("evidence-link", $"Statement {statement.Key}: the link '{Shorten(link.Trim())}' is not an http or https address (at most 1000 characters).");
            url = uri.AbsoluteUri;
        }
        var text = url is null ? Required(note, $"Statement {statement.Key}: the evidence note") : Optional(note, $"Statement {statement.Key}: the evidence note");
        return InsertEvidence(connection, user, reviewId, statement.Key, sector, url is null ? EvidenceItem.Note : EvidenceItem.LinkKind, text, url, null, null, null, null, null);
    }

    /// <summary>
    /// Adds an uploaded file as evidence: its name checked (<see cref="EvidenceFileName"/>), its content checked for type
    /// and size (<see cref="EvidenceFileCheck"/>), stored under a random name outside the web application. A refused file
    /// changes nothing and the refusal is audited. Audited.
    /// </summary>
    public long AddEvidenceFile(ReviewUser user, long reviewId, string? statementKey, string? note, string? uploadedName, byte[] content)
    {
        using var connection = _store.OpenConnection();
        var (review, sector) = OpenPartner(connection, user, reviewId, "review.evidence.upload");
        var statement = StatementOf(Framework(connection, review.FrameworkVersion)!.Definition, statementKey);
        var text = Optional(note, $"Statement {statement.Key}: the evidence note");
        string name;
        EvidenceFileType type;
        try
        {
            name = EvidenceFileName.Check(uploadedName);
            type = EvidenceFileCheck.Check(name, content, Limits);
        }
        catch (ReviewRuleException e)
        {
            ReviewAudit.Write(connection, null, user, Now, "review.evidence.upload", Target(reviewId), "refused", $"statement {statement.Key}: {e.Rule}, {content.Length} bytes");
            throw;
        }
        var stored = Files.Save(content);
        try
        {
            return InsertEvidence(connection, user, reviewId, statement.Key, sector, EvidenceItem.File, text, null, name, stored, type.ContentType, content.Length,
                Convert.ToHexStringLower(SHA256.HashData(content)));
        }
        catch
        {
            Files.Delete(stored);
            throw;
        }
    }

    /// <summary>An uploaded evidence file for download by a partner of its review: name, type and content. Audited.</summary>
    public (string FileName, string ContentType, byte[] Content) EvidenceFile(ReviewUser user, long reviewId, long evidenceId)
    {
        using var connection = _store.OpenConnection();
        PartnerOf(connection, user, reviewId, "review.evidence.download");
        var row = connection.QuerySingleOrDefault<EvidenceRow>(
            $"SELECT {EvidenceColumns} FROM review_evidence WHERE id = @evidenceId AND review_id = @reviewId AND kind = 'file'", new { evidenceId, reviewId });
        if (row?.StoredName is null)
            throw Deny(connection, user, "review.evidence.download", Target(reviewId), $"There is no evidence file {evidenceId} in this review.");
        var content = Files.Read(row.StoredName);
        ReviewAudit.Write(connection, null, user, Now, "review.evidence.download", Target(reviewId), ReviewAudit.Allowed, $"evidence {evidenceId}");
        return (row.FileName!, row.ContentType!, content);
    }

    private (ReviewSummary Review, Sector Sector) OpenPartner(System.Data.Common.DbConnection connection, ReviewUser user, long reviewId, string action)
    {
        var found = PartnerOf(connection, user, reviewId, action);
        if (!found.Review.IsOpen) throw Deny(connection, user, action, Target(reviewId), "The review is closed; nothing in it can change.");
        return found;
    }

    private long InsertEvidence(System.Data.Common.DbConnection connection, ReviewUser user, long reviewId, string key, Sector sector, string kind, string text,
        string? link, string? fileName, string? storedName, string? contentType, long? size, string? sha256)
    {
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            """
            INSERT INTO review_evidence (review_id, statement_key, kind, text, link, file_name, stored_name, content_type, size_bytes, sha256, added_at, added_by, sector)
            VALUES (@reviewId, @key, @kind, @text, @link, @fileName, @storedName, @contentType, @size, @sha256, @at, @by, @sector) RETURNING id
            """, new { reviewId, key, kind, text, link, fileName, storedName, contentType, size, sha256, at = Now, by = user.UserName, sector = sector.Code() }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, kind == EvidenceItem.File ? "review.evidence.upload" : "review.evidence.add", Target(reviewId), ReviewAudit.Allowed,
            $"statement {key}: {kind}{(size is null ? "" : $", {size} bytes")}");
        transaction.Commit();
        return id;
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
