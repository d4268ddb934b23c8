namespace JoinedUp.Store.Schema;

/// <summary>
/// The store's schema, in order. Dates are ISO 8601 text (yyyy-MM-dd; birth months yyyy-MM) in both engines so that
/// the same queries run on SQLite and PostgreSQL. Never edit a released step: add a new one.
/// Numbering: 1-99 returns and linking, 100-199 web (users, audit), 200-299 register, 300-399 forecast.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "submissions, children, episodes, other return tables, validation issues", """
            CREATE TABLE submission (
                id {ID},
                la TEXT NOT NULL,
                return_kind TEXT NOT NULL,
                year INTEGER NOT NULL,
                source TEXT NOT NULL,
                loaded_at TEXT NOT NULL,
                children INTEGER NOT NULL,
                episodes INTEGER NOT NULL,
                records INTEGER NOT NULL,
                issues INTEGER NOT NULL,
                UNIQUE (la, return_kind, year));
            CREATE TABLE child (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                sex INTEGER,
                birth_month TEXT,
                ethnicity TEXT,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_child_submission ON child (submission_id, pseudonym);
            CREATE TABLE episode (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT,
                reason_new_episode TEXT,
                legal_status TEXT,
                category_of_need TEXT,
                placement_type TEXT,
                placement_provider TEXT,
                reason_ceased TEXT,
                reason_place_change TEXT,
                home_district TEXT,
                placement_district TEXT,
                urn TEXT,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_episode_submission ON episode (submission_id);
            CREATE TABLE return_record (
                submission_id BIGINT NOT NULL,
                table_name TEXT NOT NULL,
                pseudonym TEXT,
                row_number INTEGER NOT NULL,
                fields TEXT NOT NULL);
            CREATE INDEX ix_return_record_submission ON return_record (submission_id, table_name);
            CREATE TABLE validation_issue (
                submission_id BIGINT NOT NULL,
                rule_code TEXT NOT NULL,
                message TEXT NOT NULL,
                file TEXT NOT NULL,
                table_name TEXT NOT NULL,
                row_number INTEGER,
                pseudonym TEXT,
                field TEXT,
                severity TEXT NOT NULL);
            CREATE INDEX ix_validation_issue_submission ON validation_issue (submission_id);
            """),
        new(100, "web users with roles, organisations and lockout; append-only audit log", """
            CREATE TABLE app_user (
                id {ID},
                user_name TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                organisation TEXT NOT NULL,
                failed_sign_ins INTEGER NOT NULL,
                locked_until TEXT,
                disabled INTEGER NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE audit_log (
                id {ID},
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                role TEXT NOT NULL,
                organisation TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL);
            CREATE INDEX ix_audit_log_at ON audit_log (at);
            CREATE INDEX ix_audit_log_user ON audit_log (user_name);
            """),
    ];
}
