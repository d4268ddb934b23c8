using Dapper;
using JoinedUp.Review.Access;
using JoinedUp.Review.Auditing;
using JoinedUp.Review.Framework;

namespace JoinedUp.Review;

public sealed partial class CommissioningReviews
{
    /// <summary>The newest framework version; the default (version 1) is saved the first time anything asks.</summary>
    public FrameworkVersion CurrentFramework()
    {
        using var connection = _store.OpenConnection();
        var latest = connection.QuerySingleOrDefault<long?>("SELECT MAX(version) FROM review_framework");
        if (latest is null)
        {
            try
            {
                connection.Execute(
                    "INSERT INTO review_framework (version, definition, change_note, created_at, created_by) VALUES (1, @definition, @note, @at, 'joinedup')",
                    new { definition = DefaultFramework.Definition.ToJson(), note = "First version, from the NDTi review framework's seven areas of commissioning.", at = Now });
            }
            catch (System.Data.Common.DbException)
            {
                // Another request saved version 1 at the same moment: read it.
            }
            latest = 1;
        }
        return Framework(connection, (int)latest.Value)!;
    }

    /// <summary>A saved framework version (null if there is none of that number).</summary>
    public FrameworkVersion? Framework(int version)
    {
        CurrentFramework();
        using var connection = _store.OpenConnection();
        return Framework(connection, version);
    }

    /// <summary>Every saved version, newest first.</summary>
    public IReadOnlyList<FrameworkVersion> FrameworkVersions()
    {
        CurrentFramework();
        using var connection = _store.OpenConnection();
        return connection.Query<long>("SELECT version FROM review_framework ORDER BY version DESC").Select(v => Framework(connection, (int)v)!).ToList();
    }

    private static FrameworkVersion? Framework(System.Data.Common.DbConnection connection, int version)
    {
        var row = connection.QuerySingleOrDefault<(string Definition, string Note, string At, string By)>(
            "SELECT definition, change_note, created_at, created_by FROM review_framework WHERE version = @version", new { version });
        return row.Definition is null ? null : new FrameworkVersion(version, FrameworkDefinition.FromJson(row.Definition), row.Note, row.At, row.By);
    }

    /// <summary>
    /// Saves an administrator's edit as a new version (the old ones never change; reviews keep theirs). The edit must
    /// start from the newest version (<paramref name="basedOn"/>), so two administrators cannot overwrite each other.
    /// </summary>
    public FrameworkVersion SaveFramework(ReviewUser user, int basedOn, FrameworkDefinition definition, string? changeNote)
    {
        using var connection = _store.OpenConnection();
        if (user.Role != ReviewRoles.Administrator)
            throw Deny(connection, user, "review.framework.edit", "review-framework", "Only administrators edit the review framework.");
        var note = Required(changeNote, "What changed (a note for the version)", 500);
        FrameworkRules.Check(definition);
        var current = CurrentFramework();
        if (current.Version != basedOn)
            throw new ReviewRuleException("framework-stale", $"Version {current.Version} was saved by {current.CreatedBy} at {current.CreatedAt} while you edited version {basedOn}; start again from version {current.Version}.");
        var version = current.Version + 1;
        using var transaction = connection.BeginTransaction();
        connection.Execute(
            "INSERT INTO review_framework (version, definition, change_note, created_at, created_by) VALUES (@version, @definition, @note, @at, @by)",
            new { version, definition = definition.ToJson(), note, at = Now, by = user.UserName }, transaction);
        ReviewAudit.Write(connection, transaction, user, Now, "review.framework.edit", "review-framework", ReviewAudit.Allowed, $"version {version}: {note}");
        transaction.Commit();
        return Framework(connection, version)!;
    }
}
