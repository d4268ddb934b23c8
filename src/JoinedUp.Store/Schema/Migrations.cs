namespace JoinedUp.Store.Schema;

/// <summary>
/// The store's schema, in order. Dates are ISO 8601 text (yyyy-MM-dd; birth months yyyy-MM) in both engines so that
/// the same queries run on SQLite and PostgreSQL. Never edit a released step: add a new one.
/// Numbering: 1-99 returns and linking, 100-199 web (users, audit), 200-299 register, 300-399 forecast.
/// </summary>
public static class Migrations
{
    /// <summary>Migration 3's new table, the same on both engines (how the old rows are copied into it differs).</summary>
    private const string ReturnBlockTable = """
            CREATE TABLE return_block (
                submission_id BIGINT NOT NULL,
                table_name TEXT NOT NULL,
                first_row INTEGER NOT NULL,
                row_count INTEGER NOT NULL,
                columns TEXT NOT NULL,
                rows TEXT NOT NULL);
            CREATE INDEX ix_return_block_submission ON return_block (submission_id, table_name);
            """;

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
        new(2, "CIN census referrals, SEN2 requests and needs, placements snapshot, UPN pseudonyms, child links", """
            CREATE TABLE child_upn (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                upn_pseudonym TEXT NOT NULL);
            CREATE INDEX ix_child_upn_submission ON child_upn (submission_id);
            CREATE TABLE cin_referral (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                referral_date TEXT NOT NULL,
                referral_source TEXT,
                primary_need TEXT,
                closure_date TEXT,
                closure_reason TEXT,
                referral_nfa INTEGER,
                disabilities TEXT,
                assessments INTEGER NOT NULL,
                assessment_start TEXT,
                assessment_authorised TEXT,
                assessment_factors TEXT,
                cin_plan_start TEXT,
                cin_plan_end TEXT,
                section47s INTEGER NOT NULL,
                section47_start TEXT,
                initial_cpc_date TEXT,
                cp_plan_start TEXT,
                cp_plan_end TEXT,
                initial_category_of_abuse TEXT,
                latest_category_of_abuse TEXT,
                previous_cp_plans INTEGER,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_cin_referral_submission ON cin_referral (submission_id);
            CREATE TABLE sen2_request (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                received_date TEXT NOT NULL,
                request_outcome TEXT,
                request_outcome_date TEXT,
                assessment_outcome TEXT,
                assessment_outcome_date TEXT,
                plan_start TEXT,
                weeks_to_plan DOUBLE PRECISION,
                within_20_weeks INTEGER,
                week20_exception TEXT,
                plan_cease_date TEXT,
                plan_cease_reason TEXT,
                establishment_type TEXT,
                urn TEXT,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_sen2_request_submission ON sen2_request (submission_id);
            CREATE TABLE sen2_need (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                sen_type TEXT NOT NULL,
                sen_type_rank INTEGER NOT NULL,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_sen2_need_submission ON sen2_need (submission_id);
            CREATE TABLE snapshot_placement (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                placing_la TEXT NOT NULL,
                age INTEGER,
                sex INTEGER,
                ethnicity TEXT,
                placement_start TEXT,
                placement_type TEXT NOT NULL,
                provider TEXT,
                urn TEXT,
                host_authority TEXT,
                sourcing TEXT,
                weekly_cost DOUBLE PRECISION NOT NULL,
                social_care_cost DOUBLE PRECISION NOT NULL,
                education_cost DOUBLE PRECISION NOT NULL,
                health_cost DOUBLE PRECISION NOT NULL,
                primary_need TEXT,
                secondary_need TEXT,
                status TEXT,
                excluded_or_missing_education INTEGER,
                behaviour_that_challenges INTEGER,
                known_to_camhs INTEGER,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_snapshot_placement_submission ON snapshot_placement (submission_id);
            CREATE TABLE child_link (
                la TEXT NOT NULL,
                year INTEGER NOT NULL,
                return_kind TEXT NOT NULL,
                pseudonym TEXT NOT NULL,
                linked_year INTEGER NOT NULL,
                linked_return TEXT NOT NULL,
                linked_pseudonym TEXT NOT NULL,
                method TEXT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL);
            CREATE INDEX ix_child_link_la ON child_link (la, year, return_kind);
            CREATE TABLE child_unlinked (
                la TEXT NOT NULL,
                year INTEGER NOT NULL,
                return_kind TEXT NOT NULL,
                pseudonym TEXT NOT NULL,
                reason TEXT NOT NULL);
            CREATE INDEX ix_child_unlinked_la ON child_unlinked (la, year, return_kind)
            """),
        new(3, "rows of the nine small SSDA903 tables kept in blocks (return_block) instead of a row each (return_record)", ReturnBlockTable + """
            INSERT INTO return_block (submission_id, table_name, first_row, row_count, columns, rows)
            SELECT r.submission_id, r.table_name, r.row_number, 1,
                (SELECT json_group_array(k ORDER BY o) FROM
                    (SELECT 'row_offset' AS k, -2 AS o UNION ALL SELECT 'child', -1 UNION ALL SELECT key, id FROM json_each(r.fields))),
                '[' || (SELECT json_group_array(v ORDER BY o) FROM
                    (SELECT 0 AS v, -2 AS o UNION ALL SELECT r.pseudonym, -1 UNION ALL SELECT value, id FROM json_each(r.fields))) || ']'
            FROM return_record r;
            DROP TABLE return_record
            """, Postgres: ReturnBlockTable + """
            INSERT INTO return_block (submission_id, table_name, first_row, row_count, columns, rows)
            SELECT r.submission_id, r.table_name, r.row_number, 1,
                (SELECT json_agg(k ORDER BY o) FROM
                    (SELECT 'row_offset' AS k, -2::bigint AS o UNION ALL SELECT 'child', -1 UNION ALL
                     SELECT key, ordinality FROM json_each(r.fields::json) WITH ORDINALITY) q)::text,
                '[' || (SELECT json_agg(v ORDER BY o) FROM
                    (SELECT to_json(0) AS v, -2::bigint AS o UNION ALL SELECT to_json(r.pseudonym), -1 UNION ALL
                     SELECT value, ordinality FROM json_each(r.fields::json) WITH ORDINALITY) q)::text || ']'
            FROM return_record r;
            DROP TABLE return_record
            """),
        new(4, "validation messages that quoted a child's ID or date of birth rewritten to name the table, row and field only", "",
            Code: StoredMessageCleaning.Clean),
        new(5, "the record-key secret of the cell key method (disclosure control), made once per store", """
            CREATE TABLE disclosure_secret (
                id INTEGER PRIMARY KEY,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL);
            """),
        new(10, "school census exclusions and termly attendance (the LA's extract, pupils by UPN pseudonym)", """
            CREATE TABLE school_exclusion (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                urn TEXT,
                start_date TEXT NOT NULL,
                category TEXT NOT NULL,
                reason TEXT NOT NULL,
                sessions INTEGER,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_school_exclusion_submission ON school_exclusion (submission_id);
            CREATE TABLE school_attendance (
                submission_id BIGINT NOT NULL,
                pseudonym TEXT NOT NULL,
                urn TEXT,
                academic_year TEXT NOT NULL,
                term TEXT NOT NULL,
                term_start TEXT NOT NULL,
                sessions_possible INTEGER NOT NULL,
                sessions_authorised INTEGER NOT NULL,
                sessions_unauthorised INTEGER NOT NULL,
                row_number INTEGER NOT NULL);
            CREATE INDEX ix_school_attendance_submission ON school_attendance (submission_id)
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
        new(101, "sessions that can be revoked (a security stamp per user, a row per session); forced password changes; sign-in attempts counted per attempted name", """
            ALTER TABLE app_user ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
            ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE app_user ADD COLUMN password_changed_at TEXT;
            CREATE TABLE app_session (
                id TEXT PRIMARY KEY,
                user_id BIGINT NOT NULL,
                method TEXT NOT NULL,
                started_at TEXT NOT NULL,
                expires_at TEXT NOT NULL);
            CREATE INDEX ix_app_session_user ON app_session (user_id);
            CREATE INDEX ix_app_session_expires ON app_session (expires_at);
            CREATE TABLE sign_in_attempt (
                user_name TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                locked_until TEXT,
                last_attempt_at TEXT NOT NULL);
            CREATE INDEX ix_sign_in_attempt_last ON sign_in_attempt (last_attempt_at);
            INSERT INTO sign_in_attempt (user_name, failures, locked_until, last_attempt_at)
            SELECT user_name, failed_sign_ins, locked_until, created_at FROM app_user WHERE failed_sign_ins > 0 OR locked_until IS NOT NULL
            """),
        new(200, "dynamic support register: entries, rating history, events, CETR/LAEP meetings, reviews, actions, register audit", """
            CREATE TABLE dsr_entry (
                id {ID},
                pseudonym TEXT NOT NULL UNIQUE,
                la TEXT NOT NULL,
                footprint TEXT NOT NULL,
                rating TEXT NOT NULL,
                rating_reason TEXT NOT NULL,
                rating_since TEXT NOT NULL,
                entered_on TEXT NOT NULL,
                entered_rating TEXT NOT NULL,
                keyworker TEXT NOT NULL,
                agencies TEXT NOT NULL,
                risk_indicators TEXT NOT NULL,
                consent_given_by TEXT,
                consent_given_on TEXT,
                consent_basis TEXT,
                consent_withdrawn_on TEXT,
                next_review_due TEXT NOT NULL,
                version BIGINT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL);
            CREATE INDEX ix_dsr_entry_la ON dsr_entry (la, rating);
            CREATE INDEX ix_dsr_entry_footprint ON dsr_entry (footprint, rating);
            CREATE INDEX ix_dsr_entry_review ON dsr_entry (next_review_due);
            CREATE TABLE dsr_rating_change (
                id {ID},
                entry_id BIGINT NOT NULL,
                changed_at TEXT NOT NULL,
                changed_on TEXT NOT NULL,
                from_rating TEXT,
                to_rating TEXT NOT NULL,
                reason TEXT NOT NULL,
                changed_by TEXT NOT NULL,
                changed_by_role TEXT NOT NULL);
            CREATE INDEX ix_dsr_rating_change_entry ON dsr_rating_change (entry_id, id);
            CREATE INDEX ix_dsr_rating_change_on ON dsr_rating_change (changed_on);
            CREATE TABLE dsr_entry_event (
                id {ID},
                entry_id BIGINT NOT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                by_user TEXT NOT NULL);
            CREATE INDEX ix_dsr_entry_event_entry ON dsr_entry_event (entry_id, id);
            CREATE TABLE dsr_meeting (
                id {ID},
                entry_id BIGINT NOT NULL,
                kind TEXT NOT NULL,
                arranged_at TEXT NOT NULL,
                due_on TEXT NOT NULL,
                held_on TEXT,
                outcome TEXT,
                arranged_by TEXT NOT NULL,
                recorded_by TEXT);
            CREATE INDEX ix_dsr_meeting_entry ON dsr_meeting (entry_id);
            CREATE INDEX ix_dsr_meeting_due ON dsr_meeting (held_on, due_on);
            CREATE TABLE dsr_review (
                id {ID},
                entry_id BIGINT NOT NULL,
                held_on TEXT NOT NULL,
                rating TEXT NOT NULL,
                summary TEXT NOT NULL,
                next_due TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL);
            CREATE INDEX ix_dsr_review_entry ON dsr_review (entry_id, held_on);
            CREATE TABLE dsr_action (
                id {ID},
                entry_id BIGINT NOT NULL,
                description TEXT NOT NULL,
                owner TEXT NOT NULL,
                due_on TEXT NOT NULL,
                completed_on TEXT,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                completed_by TEXT);
            CREATE INDEX ix_dsr_action_entry ON dsr_action (entry_id);
            CREATE INDEX ix_dsr_action_due ON dsr_action (completed_on, due_on);
            CREATE TABLE dsr_audit (
                id {ID},
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                role TEXT NOT NULL,
                organisation TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL);
            CREATE INDEX ix_dsr_audit_at ON dsr_audit (at);
            CREATE INDEX ix_dsr_audit_target ON dsr_audit (target)
            """),
        new(300, "saved forecast scenarios", """
            CREATE TABLE forecast_scenario (
                id {ID},
                name TEXT NOT NULL,
                owner TEXT NOT NULL,
                organisation TEXT NOT NULL,
                definition TEXT NOT NULL,
                saved_at TEXT NOT NULL);
            CREATE INDEX ix_forecast_scenario_organisation ON forecast_scenario (organisation, name)
            """),
        new(6, "submissions whose LA's links are still to be remade (written in the load's transaction; every existing submission marked, so stale links are remade once)", """
            CREATE TABLE link_pending (
                submission_id BIGINT PRIMARY KEY,
                la TEXT NOT NULL);
            CREATE INDEX ix_link_pending_la ON link_pending (la);
            INSERT INTO link_pending (submission_id, la) SELECT id, la FROM submission
            """),
        new(20, "uploads recorded per submission: who uploaded which LA's return for which year, when, and what came of it", """
            CREATE TABLE upload_record (
                id {ID},
                la TEXT NOT NULL,
                return_kind TEXT NOT NULL,
                year INTEGER NOT NULL,
                uploaded_by TEXT NOT NULL,
                uploaded_at TEXT NOT NULL,
                submission_id BIGINT,
                refused INTEGER NOT NULL,
                issues INTEGER NOT NULL,
                files TEXT NOT NULL,
                job_id TEXT NOT NULL,
                withdrawn_by TEXT,
                withdrawn_at TEXT);
            CREATE INDEX ix_upload_record_la ON upload_record (la, uploaded_at)
            """),
        new(21, "submissions held for the LA's confirmation: a year-on-year change beyond the plausibility tolerance keeps a return out of every view until confirmed", """
            CREATE TABLE submission_hold (
                submission_id BIGINT NOT NULL PRIMARY KEY,
                la TEXT NOT NULL,
                return_kind TEXT NOT NULL,
                year INTEGER NOT NULL,
                reason TEXT NOT NULL,
                held_at TEXT NOT NULL,
                confirmed_by TEXT,
                confirmed_at TEXT);
            CREATE INDEX ix_submission_hold_la ON submission_hold (la, return_kind, year)
            """),
        new(201, "register identity: a child known by the LA's child ID and/or NHS number, each hashed with the region's key", """
            ALTER TABLE dsr_entry ADD COLUMN child_pseudonym TEXT;
            ALTER TABLE dsr_entry ADD COLUMN nhs_pseudonym TEXT;
            UPDATE dsr_entry SET child_pseudonym = pseudonym;
            CREATE UNIQUE INDEX ux_dsr_entry_child ON dsr_entry (child_pseudonym);
            CREATE UNIQUE INDEX ux_dsr_entry_nhs ON dsr_entry (nhs_pseudonym)
            """),
        new(202, "register referrals from any partner: source, reason, risk indicators, consent, status and the DSR meeting's decision", """
            CREATE TABLE dsr_referral (
                id {ID},
                la TEXT NOT NULL,
                footprint TEXT NOT NULL,
                child_pseudonym TEXT,
                nhs_pseudonym TEXT,
                source TEXT NOT NULL,
                referred_on TEXT NOT NULL,
                reason TEXT NOT NULL,
                risk_indicators TEXT NOT NULL,
                consent_given_by TEXT NOT NULL,
                consent_given_on TEXT NOT NULL,
                consent_basis TEXT NOT NULL,
                status TEXT NOT NULL,
                meeting_on TEXT,
                decision_note TEXT,
                signposted_to TEXT,
                agreed_rating TEXT,
                entry_id BIGINT,
                decided_by TEXT,
                received_at TEXT NOT NULL,
                received_by TEXT NOT NULL,
                received_by_role TEXT NOT NULL,
                version BIGINT NOT NULL);
            CREATE INDEX ix_dsr_referral_footprint ON dsr_referral (footprint, status);
            CREATE INDEX ix_dsr_referral_la ON dsr_referral (la, status);
            CREATE INDEX ix_dsr_referral_child ON dsr_referral (child_pseudonym);
            CREATE INDEX ix_dsr_referral_nhs ON dsr_referral (nhs_pseudonym);
            CREATE INDEX ix_dsr_referral_entry ON dsr_referral (entry_id);
            CREATE INDEX ix_dsr_referral_by ON dsr_referral (received_by)
            """),
        new(203, "register: review cadence by rating configured by the region; actions recording a CETR's or LAEP's recommendations", """
            CREATE TABLE dsr_review_cadence (
                rating TEXT NOT NULL PRIMARY KEY,
                days INTEGER NOT NULL,
                changed_at TEXT NOT NULL,
                changed_by TEXT NOT NULL);
            ALTER TABLE dsr_action ADD COLUMN meeting_id BIGINT
            """),
        new(204, "register: children leaving the register; inpatient admissions of children on and not on the register, with CETRs held before admission", """
            ALTER TABLE dsr_entry ADD COLUMN exited_on TEXT;
            ALTER TABLE dsr_entry ADD COLUMN exit_reason TEXT;
            CREATE TABLE dsr_admission (
                id {ID},
                la TEXT NOT NULL,
                footprint TEXT NOT NULL,
                pseudonym TEXT NOT NULL,
                entry_id BIGINT,
                admitted_on TEXT NOT NULL,
                on_register INTEGER NOT NULL,
                cetr_before INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL);
            CREATE INDEX ix_dsr_admission_on ON dsr_admission (admitted_on);
            CREATE INDEX ix_dsr_admission_entry ON dsr_admission (entry_id)
            """),
        new(205, "register: reviews by the day held, for the DSR meeting page's decisions", """
            CREATE INDEX ix_dsr_review_held ON dsr_review (held_on)
            """),
        new(400, "provision map: registered establishments shared across the region", """
            CREATE TABLE provision_establishment (
                urn TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                host_la TEXT NOT NULL,
                postcode_district TEXT NOT NULL,
                ofsted_grade TEXT NOT NULL,
                ofsted_date TEXT,
                registered_places INTEGER NOT NULL,
                min_age INTEGER NOT NULL,
                max_age INTEGER NOT NULL,
                sexes TEXT NOT NULL,
                needs_met TEXT NOT NULL,
                risk_level TEXT NOT NULL,
                weekly_price_min DOUBLE PRECISION NOT NULL,
                weekly_price_max DOUBLE PRECISION NOT NULL,
                contract_status TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL)
            """),
        new(401, "provision map: community services from each LA's service mapping return", """
            CREATE TABLE provision_service (
                id {ID},
                la TEXT NOT NULL,
                service TEXT NOT NULL,
                kind TEXT NOT NULL,
                agency TEXT NOT NULL,
                eligibility TEXT NOT NULL,
                min_age INTEGER NOT NULL,
                max_age INTEGER NOT NULL,
                diagnosis_required INTEGER NOT NULL,
                capacity INTEGER NOT NULL,
                waiting_weeks INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL);
            CREATE INDEX ix_provision_service_la ON provision_service (la)
            """),
        new(500, "commissioning review: framework versions, reviews, partners, ratings, agreed ratings, evidence, data figures, actions, review audit", """
            CREATE TABLE review_framework (
                id {ID},
                version BIGINT NOT NULL UNIQUE,
                definition TEXT NOT NULL,
                change_note TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL);
            CREATE TABLE review (
                id {ID},
                area_kind TEXT NOT NULL,
                area TEXT NOT NULL,
                title TEXT NOT NULL,
                framework_version BIGINT NOT NULL,
                lead_user TEXT NOT NULL,
                status TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                closed_at TEXT);
            CREATE INDEX ix_review_area ON review (area_kind, area, opened_at);
            CREATE TABLE review_partner (
                review_id BIGINT NOT NULL,
                user_name TEXT NOT NULL,
                role TEXT NOT NULL,
                organisation TEXT NOT NULL,
                sector TEXT NOT NULL,
                invited_at TEXT NOT NULL,
                invited_by TEXT NOT NULL,
                UNIQUE (review_id, user_name));
            CREATE INDEX ix_review_partner_user ON review_partner (user_name);
            CREATE TABLE review_rating (
                review_id BIGINT NOT NULL,
                statement_key TEXT NOT NULL,
                user_name TEXT NOT NULL,
                sector TEXT NOT NULL,
                rating BIGINT NOT NULL,
                comment TEXT NOT NULL,
                rated_at TEXT NOT NULL,
                UNIQUE (review_id, statement_key, user_name));
            CREATE TABLE review_agreed (
                review_id BIGINT NOT NULL,
                statement_key TEXT NOT NULL,
                rating BIGINT NOT NULL,
                reason TEXT NOT NULL,
                agreed_at TEXT NOT NULL,
                agreed_by TEXT NOT NULL,
                UNIQUE (review_id, statement_key));
            CREATE TABLE review_evidence (
                id {ID},
                review_id BIGINT NOT NULL,
                statement_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                link TEXT,
                file_name TEXT,
                stored_name TEXT,
                content_type TEXT,
                size_bytes BIGINT,
                sha256 TEXT,
                added_at TEXT NOT NULL,
                added_by TEXT NOT NULL,
                sector TEXT NOT NULL);
            CREATE INDEX ix_review_evidence_review ON review_evidence (review_id, statement_key);
            CREATE TABLE review_figure (
                id {ID},
                review_id BIGINT NOT NULL,
                measure TEXT NOT NULL,
                shown TEXT NOT NULL,
                numerator BIGINT,
                denominator BIGINT,
                as_of TEXT NOT NULL,
                source TEXT NOT NULL,
                protection TEXT NOT NULL,
                captured_at TEXT NOT NULL,
                captured_by TEXT NOT NULL);
            CREATE INDEX ix_review_figure_review ON review_figure (review_id);
            CREATE TABLE review_action (
                id {ID},
                review_id BIGINT NOT NULL,
                description TEXT NOT NULL,
                owner TEXT NOT NULL,
                due_on TEXT NOT NULL,
                status TEXT NOT NULL,
                statements TEXT NOT NULL,
                progress_note TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL);
            CREATE INDEX ix_review_action_review ON review_action (review_id);
            CREATE TABLE review_audit (
                id {ID},
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                role TEXT NOT NULL,
                organisation TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL);
            CREATE INDEX ix_review_audit_at ON review_audit (at);
            CREATE INDEX ix_review_audit_target ON review_audit (target)
            """),
    ];
}
