-- Team mode: who may read and change what, enforced by PostgreSQL (docs/team-mode.md has the
-- table of roles and actions). Applied by `servqa-cli server init` after the migrations, in one
-- transaction, by the database's owner; run again it replaces what it made before. Statements end
-- with ';' at the end of a line; bodies are quoted with $$ (core/serversecurity.cpp splits them).
--
-- Every ServQA user is a login role named as users.login, a member of servqa_users and of one
-- group per ServQA role they hold. The owner (who runs init and copy) is not an account: the
-- rules below bind accounts, and only the owner may change them.

-- The groups. Roles belong to the whole cluster: one cluster serves one team's workspace.
DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['servqa_users', 'servqa_inspector', 'servqa_shopper', 'servqa_manager', 'servqa_lead',
                                'servqa_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END $$;

-- The account of this session: the users row named as the server's session_user, which a client
-- cannot choose (SET ROLE changes current_user, never session_user). NULL for the owner.
CREATE OR REPLACE FUNCTION servqa_me() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT id FROM users WHERE login = session_user::text
$$;

-- The sites a manager answers for: their own, those listed for them, the sites of their regions,
-- and every site below those.
CREATE OR REPLACE FUNCTION servqa_my_sites() RETURNS SETOF bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    WITH RECURSIVE mine (id) AS (
        SELECT site_id FROM users WHERE id = servqa_me() AND site_id IS NOT NULL
        UNION SELECT site_id FROM user_sites WHERE user_id = servqa_me()
        UNION SELECT s.id FROM sites s JOIN user_regions r ON r.region = s.region AND r.user_id = servqa_me()
        UNION SELECT s.id FROM sites s JOIN mine m ON s.parent_id = m.id)
    SELECT id FROM mine
$$;

-- The audit trails name who acted as the server knows them: an account's user_id is its own,
-- whatever the client sent. (The owner's copy keeps the ids it copies.)
CREATE OR REPLACE FUNCTION servqa_stamp_user() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    me bigint := servqa_me();
BEGIN
    IF me IS NOT NULL THEN
        NEW.user_id := me;
    END IF;
    RETURN NEW;
END $$;

-- The life of an evaluation, as the app's workflow keeps it (core/evaluationworkflow.h):
--   draft → submitted → acknowledged, or submitted → disputed → resolved → acknowledged.
-- Who scored what and when never changes, and a submitted score changes only while disputed,
-- through a QA lead's decision.
CREATE OR REPLACE FUNCTION servqa_evaluation_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF servqa_me() IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.form_version_id IS DISTINCT FROM OLD.form_version_id OR NEW.interaction_id IS DISTINCT FROM OLD.interaction_id
       OR NEW.inspector_id IS DISTINCT FROM OLD.inspector_id OR NEW.site_id IS DISTINCT FROM OLD.site_id
       OR NEW.staff_id IS DISTINCT FROM OLD.staff_id OR NEW.occurred_at IS DISTINCT FROM OLD.occurred_at
       OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'evaluation %: who scored what, and when, cannot change', OLD.id USING ERRCODE = '42501';
    END IF;
    IF OLD.status NOT IN ('draft', 'disputed')
       AND (NEW.score IS DISTINCT FROM OLD.score OR NEW.passed IS DISTINCT FROM OLD.passed
            OR NEW.points_earned IS DISTINCT FROM OLD.points_earned OR NEW.points_possible IS DISTINCT FROM OLD.points_possible
            OR NEW.bonus_points IS DISTINCT FROM OLD.bonus_points OR NEW.auto_failed IS DISTINCT FROM OLD.auto_failed
            OR NEW.comment IS DISTINCT FROM OLD.comment OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
            OR NEW.score_tangibles IS DISTINCT FROM OLD.score_tangibles OR NEW.score_reliability IS DISTINCT FROM OLD.score_reliability
            OR NEW.score_responsiveness IS DISTINCT FROM OLD.score_responsiveness
            OR NEW.score_assurance IS DISTINCT FROM OLD.score_assurance OR NEW.score_empathy IS DISTINCT FROM OLD.score_empathy) THEN
        RAISE EXCEPTION 'evaluation %: a submitted evaluation changes only through a dispute', OLD.id USING ERRCODE = '42501';
    END IF;
    IF OLD.status <> NEW.status AND (OLD.status, NEW.status) NOT IN (('draft', 'submitted'), ('submitted', 'acknowledged'),
                                                                   ('submitted', 'disputed'), ('disputed', 'resolved'),
                                                                   ('resolved', 'acknowledged')) THEN
        RAISE EXCEPTION 'evaluation %: % cannot become %', OLD.id, OLD.status, NEW.status USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

-- Answers change only in a draft, or in a disputed evaluation (a QA lead's decision).
CREATE OR REPLACE FUNCTION servqa_answers_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    state text;
BEGIN
    IF servqa_me() IS NULL THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    SELECT status INTO state FROM evaluations
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.evaluation_id ELSE NEW.evaluation_id END;
    IF state NOT IN ('draft', 'disputed') THEN
        RAISE EXCEPTION 'the answers of a % evaluation cannot change', state USING ERRCODE = '42501';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

DROP TRIGGER IF EXISTS servqa_evaluation_guard ON evaluations;
CREATE TRIGGER servqa_evaluation_guard BEFORE UPDATE ON evaluations
    FOR EACH ROW EXECUTE FUNCTION servqa_evaluation_guard();
DROP TRIGGER IF EXISTS servqa_answers_guard ON evaluation_answers;
CREATE TRIGGER servqa_answers_guard BEFORE INSERT OR UPDATE OR DELETE ON evaluation_answers
    FOR EACH ROW EXECUTE FUNCTION servqa_answers_guard();

-- Grants. Everyone reads (row-level security below narrows the rows); leads and admins write the
-- workspace; the others write only what their work needs.
DO $$
DECLARE
    schema text := current_schema();
    log text;
BEGIN
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM servqa_users, servqa_inspector, servqa_shopper, '
                   'servqa_manager, servqa_lead, servqa_admin', schema);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO servqa_users', schema);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO servqa_users', schema);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO servqa_users', schema);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO servqa_lead, servqa_admin', schema);
    -- The audit trails are append-only for everyone (their triggers refuse UPDATE and DELETE).
    FOREACH log IN ARRAY ARRAY['audit_log', 'calibration_log', 'complaint_log', 'action_log', 'fmea_log', 'pdca_log',
                               'settings_log'] LOOP
        EXECUTE format('REVOKE UPDATE, DELETE ON %I FROM servqa_lead, servqa_admin', log);
        EXECUTE format('GRANT INSERT ON %I TO servqa_users', log);
        EXECUTE format('DROP TRIGGER IF EXISTS servqa_stamp_user ON %I', log);
        EXECUTE format('CREATE TRIGGER servqa_stamp_user BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION servqa_stamp_user()', log);
    END LOOP;
END $$;
REVOKE INSERT, UPDATE, DELETE ON users, user_sites, user_regions FROM servqa_lead;

-- An inspector (and a mystery shopper, whose checklist is an evaluation) writes their own drafts,
-- and submitting one adds it to the rollups the scorecards read.
GRANT INSERT, UPDATE, DELETE ON evaluations, evaluation_answers TO servqa_inspector, servqa_shopper;
GRANT INSERT, UPDATE, DELETE ON score_rollup, staff_score_rollup, compliance_rollup, gap_clusters, promise_rollup
    TO servqa_inspector, servqa_shopper;
GRANT INSERT, UPDATE (evaluation_id) ON assignments TO servqa_inspector;
GRANT INSERT, UPDATE, DELETE ON calibration_scores, calibration_answers TO servqa_inspector;
-- A shopper's visits.
GRANT UPDATE ON visits TO servqa_shopper;
GRANT INSERT, UPDATE, DELETE ON visit_answer_times, visit_evidence TO servqa_shopper;
-- A manager acknowledges or disputes, and works their sites' complaints, actions and alerts.
GRANT UPDATE (status, updated_at) ON evaluations TO servqa_manager;
GRANT INSERT ON disputes TO servqa_manager;
GRANT INSERT, UPDATE ON complaints, actions, action_causes, action_whys, pdca_cycles TO servqa_manager;
GRANT UPDATE ON alerts TO servqa_manager;

-- The rows. Row-level security is on for the tables of work; the owner is not bound by it.
DO $$
DECLARE
    t text;
    p record;
BEGIN
    FOR p IN SELECT policyname, tablename FROM pg_policies
              WHERE schemaname = current_schema() AND policyname LIKE 'servqa\_%' LOOP
        EXECUTE format('DROP POLICY %I ON %I', p.policyname, p.tablename);
    END LOOP;
    -- Leads and admins see and write every row.
    FOREACH t IN ARRAY ARRAY['interactions', 'evaluations', 'evaluation_answers', 'disputes', 'audit_log', 'assignments',
                             'visits', 'visit_answer_times', 'visit_evidence', 'score_rollup', 'staff_score_rollup',
                             'compliance_rollup', 'gap_clusters', 'promise_rollup', 'interaction_rollup', 'survey_rollup',
                             'survey_sums', 'survey_responses', 'feedback', 'feedback_rollup', 'contact_rollup',
                             'complaints', 'complaint_log', 'actions', 'action_causes', 'action_whys', 'action_log',
                             'pdca_cycles', 'pdca_log', 'alerts', 'calibration_scores', 'calibration_answers', 'servqa_meta',
                             'screened_interactions', 'screening_hits', 'screening_rollup', 'screening_staff_rollup']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY servqa_lead ON %I TO servqa_lead, servqa_admin USING (true) WITH CHECK (true)', t);
    END LOOP;
    -- Work that belongs to a site: inspectors read all of it, a manager their own sites'.
    FOREACH t IN ARRAY ARRAY['interactions', 'evaluations', 'score_rollup', 'staff_score_rollup', 'compliance_rollup',
                             'gap_clusters', 'promise_rollup', 'interaction_rollup', 'survey_rollup', 'survey_sums',
                             'survey_responses', 'feedback', 'feedback_rollup', 'contact_rollup', 'complaints',
                             'complaint_log', 'actions', 'pdca_cycles', 'alerts', 'visits', 'screening_rollup',
                             'screening_staff_rollup']
    LOOP
        EXECUTE format('CREATE POLICY servqa_read ON %I FOR SELECT TO servqa_inspector USING (true)', t);
        EXECUTE format('CREATE POLICY servqa_own_sites ON %I FOR SELECT TO servqa_manager '
                       'USING (site_id IN (SELECT servqa_my_sites()))', t);
    END LOOP;
    -- Rows that belong to another row: visible with it.
    EXECUTE 'CREATE POLICY servqa_read ON evaluation_answers FOR SELECT TO servqa_users '
            'USING (EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id))';
    EXECUTE 'CREATE POLICY servqa_read ON disputes FOR SELECT TO servqa_users '
            'USING (EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id))';
    EXECUTE 'CREATE POLICY servqa_read ON audit_log FOR SELECT TO servqa_users '
            'USING (entity <> ''evaluation'' OR EXISTS (SELECT 1 FROM evaluations e WHERE e.id = entity_id))';
    EXECUTE 'CREATE POLICY servqa_read ON assignments FOR SELECT TO servqa_inspector, servqa_manager USING (true)';
    -- What screening found in an interaction: seen with the interaction (a manager their own sites').
    FOREACH t IN ARRAY ARRAY['screened_interactions', 'screening_hits'] LOOP
        EXECUTE format('CREATE POLICY servqa_read ON %I FOR SELECT TO servqa_users '
                       'USING (EXISTS (SELECT 1 FROM interactions i WHERE i.id = interaction_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['visit_answer_times', 'visit_evidence'] LOOP
        EXECUTE format('CREATE POLICY servqa_read ON %I FOR SELECT TO servqa_users '
                       'USING (EXISTS (SELECT 1 FROM visits v WHERE v.id = visit_id))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['action_causes', 'action_whys', 'action_log'] LOOP
        EXECUTE format('CREATE POLICY servqa_read ON %I FOR SELECT TO servqa_users '
                       'USING (EXISTS (SELECT 1 FROM actions a WHERE a.id = action_id))', t);
    END LOOP;
    EXECUTE 'CREATE POLICY servqa_read ON pdca_log FOR SELECT TO servqa_users '
            'USING (EXISTS (SELECT 1 FROM pdca_cycles c WHERE c.id = cycle_id))';
    -- Everyone reads the workspace's settings; only leads and admins change them, never its format.
    EXECUTE 'CREATE POLICY servqa_read ON servqa_meta FOR SELECT TO servqa_users USING (true)';
    EXECUTE 'DROP POLICY servqa_lead ON servqa_meta';
    EXECUTE 'CREATE POLICY servqa_lead ON servqa_meta TO servqa_lead, servqa_admin '
            'USING (key NOT IN (''application'', ''schema_version'')) WITH CHECK (key NOT IN (''application'', ''schema_version''))';
    -- Appending to an audit trail: as oneself (servqa_stamp_user), about what one can see.
    FOREACH t IN ARRAY ARRAY['audit_log', 'complaint_log', 'action_log', 'pdca_log'] LOOP
        EXECUTE format('CREATE POLICY servqa_append ON %I FOR INSERT TO servqa_users WITH CHECK (user_id = servqa_me())', t);
    END LOOP;
END $$;

-- Inspectors and shoppers: their own drafts, and submitting them.
CREATE POLICY servqa_new_draft ON evaluations FOR INSERT TO servqa_inspector, servqa_shopper
    WITH CHECK (inspector_id = servqa_me() AND status = 'draft');
CREATE POLICY servqa_own_drafts ON evaluations FOR UPDATE TO servqa_inspector, servqa_shopper
    USING (inspector_id = servqa_me() AND status = 'draft')
    WITH CHECK (inspector_id = servqa_me() AND status IN ('draft', 'submitted'));
CREATE POLICY servqa_discard_draft ON evaluations FOR DELETE TO servqa_inspector, servqa_shopper
    USING (inspector_id = servqa_me() AND status = 'draft');
CREATE POLICY servqa_own_work ON evaluations FOR SELECT TO servqa_shopper USING (inspector_id = servqa_me());
CREATE POLICY servqa_own_drafts ON evaluation_answers TO servqa_inspector, servqa_shopper
    USING (EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND e.inspector_id = servqa_me() AND e.status = 'draft'))
    WITH CHECK (EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND e.inspector_id = servqa_me() AND e.status = 'draft'));
CREATE POLICY servqa_own_assignments ON assignments FOR UPDATE TO servqa_inspector
    USING (inspector_id = servqa_me()) WITH CHECK (inspector_id = servqa_me());
-- An inspector takes an interaction into their own queue by hand (Interactions ▸ Evaluate); samples
-- and other inspectors' queues are a lead's.
CREATE POLICY servqa_take_assignment ON assignments FOR INSERT TO servqa_inspector
    WITH CHECK (inspector_id = servqa_me() AND sample_id IS NULL);
-- A submitted evaluation moves into the rollups (derived sums, which `servqa-cli check` compares
-- with the rows).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['score_rollup', 'staff_score_rollup', 'compliance_rollup', 'gap_clusters', 'promise_rollup'] LOOP
        EXECUTE format('CREATE POLICY servqa_submit ON %I TO servqa_inspector, servqa_shopper USING (true) WITH CHECK (true)', t);
    END LOOP;
END $$;

-- A manager acknowledges or disputes a submitted evaluation of their sites; never its answers.
CREATE POLICY servqa_review ON evaluations FOR UPDATE TO servqa_manager
    USING (site_id IN (SELECT servqa_my_sites()) AND status IN ('submitted', 'resolved'))
    WITH CHECK (site_id IN (SELECT servqa_my_sites()) AND status IN ('acknowledged', 'disputed'));
CREATE POLICY servqa_dispute ON disputes FOR INSERT TO servqa_manager
    WITH CHECK (raised_by = servqa_me() AND outcome IS NULL
                AND EXISTS (SELECT 1 FROM evaluations e WHERE e.id = evaluation_id AND e.status = 'submitted'));

-- A manager's complaints, actions and alerts: their own sites'.
CREATE POLICY servqa_own_sites_write ON complaints FOR INSERT TO servqa_manager
    WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_change ON complaints FOR UPDATE TO servqa_manager
    USING (site_id IN (SELECT servqa_my_sites())) WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_write ON actions FOR INSERT TO servqa_manager
    WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_change ON actions FOR UPDATE TO servqa_manager
    USING (site_id IN (SELECT servqa_my_sites())) WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_write ON pdca_cycles FOR INSERT TO servqa_manager
    WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_change ON pdca_cycles FOR UPDATE TO servqa_manager
    USING (site_id IN (SELECT servqa_my_sites())) WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_sites_change ON alerts FOR UPDATE TO servqa_manager
    USING (site_id IN (SELECT servqa_my_sites())) WITH CHECK (site_id IN (SELECT servqa_my_sites()));
CREATE POLICY servqa_own_actions ON action_causes TO servqa_manager
    USING (EXISTS (SELECT 1 FROM actions a WHERE a.id = action_id)) WITH CHECK (EXISTS (SELECT 1 FROM actions a WHERE a.id = action_id));
CREATE POLICY servqa_own_actions ON action_whys TO servqa_manager
    USING (EXISTS (SELECT 1 FROM actions a WHERE a.id = action_id)) WITH CHECK (EXISTS (SELECT 1 FROM actions a WHERE a.id = action_id));

-- A mystery shopper: their own visits and what they hand in with them.
CREATE POLICY servqa_own_visits ON visits TO servqa_shopper
    USING (shopper_id = servqa_me()) WITH CHECK (shopper_id = servqa_me());
CREATE POLICY servqa_own_visits ON visit_answer_times TO servqa_shopper
    USING (EXISTS (SELECT 1 FROM visits v WHERE v.id = visit_id)) WITH CHECK (EXISTS (SELECT 1 FROM visits v WHERE v.id = visit_id));
CREATE POLICY servqa_own_visits ON visit_evidence TO servqa_shopper
    USING (EXISTS (SELECT 1 FROM visits v WHERE v.id = visit_id)) WITH CHECK (EXISTS (SELECT 1 FROM visits v WHERE v.id = visit_id));
CREATE POLICY servqa_own_visits ON interactions FOR SELECT TO servqa_shopper
    USING (EXISTS (SELECT 1 FROM visits v WHERE v.interaction_id = interactions.id));

-- A blind calibration session is blind at the server: while it is open an inspector sees only
-- their own scoring; the session's lead and every QA lead see all of it.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['calibration_scores', 'calibration_answers'] LOOP
        EXECUTE format('CREATE POLICY servqa_own_scoring ON %I TO servqa_inspector '
                       'USING (inspector_id = servqa_me()) WITH CHECK (inspector_id = servqa_me())', t);
        EXECUTE format('CREATE POLICY servqa_blind ON %I FOR SELECT TO servqa_inspector '
                       'USING (EXISTS (SELECT 1 FROM calibration_sessions s WHERE s.id = session_id '
                       'AND (s.status = ''closed'' OR s.blind = 0 OR s.lead_id = servqa_me())))', t);
    END LOOP;
END $$;

-- Other desks see a change at once: each writing statement on the tables the pages show announces
-- its table when its transaction commits (NOTIFY servqa_changed; the app LISTENs and its pages
-- read again). One announcement per table and transaction, however many rows an import writes.
CREATE OR REPLACE FUNCTION servqa_announce() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('servqa_changed', TG_TABLE_NAME);
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['interactions', 'evaluations', 'disputes', 'assignments', 'visits', 'complaints', 'actions',
                             'pdca_cycles', 'alerts', 'survey_responses', 'feedback', 'form_versions', 'calibration_sessions',
                             'calibration_scores', 'indicator_targets', 'service_standards', 'sites', 'staff', 'users'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS servqa_announce ON %I', t);
        EXECUTE format('CREATE TRIGGER servqa_announce AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION servqa_announce()', t);
    END LOOP;
END $$;

-- Accounts, made by an admin (a login role with CREATEROLE) or the owner through
-- `servqa-cli server user` and Settings ▸ Users: the login role, its password (hashed by the server,
-- SCRAM-SHA-256 by default) and its groups. A role of that name that is not a ServQA account is
-- refused, so no other application's role or the owner becomes one.
CREATE OR REPLACE FUNCTION servqa_save_login(login text, password text, can_login boolean, roles text[]) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    g text;
    member boolean;
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                        WHERE r.rolname = 'servqa_users' AND u.rolname = login) THEN
            RAISE EXCEPTION 'the server has a role named % that is not a ServQA account', login USING ERRCODE = '42710';
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I', login);
        EXECUTE format('GRANT servqa_users TO %I', login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s %s', login, CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END,
                   CASE WHEN 'admin' = ANY (roles) THEN 'CREATEROLE' ELSE 'NOCREATEROLE' END);
    IF password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
    END IF;
    FOREACH g IN ARRAY ARRAY['inspector', 'shopper', 'manager', 'lead', 'admin'] LOOP
        member := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                           WHERE r.rolname = 'servqa_' || g AND u.rolname = login);
        IF g = ANY (roles) AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', 'servqa_' || g, login);
        ELSIF member AND NOT g = ANY (roles) THEN
            EXECUTE format('REVOKE %I FROM %I', 'servqa_' || g, login);
        END IF;
    END LOOP;
END $$;

-- The ServQA roles a login holds (its groups, as granted: a superuser holds none).
CREATE OR REPLACE FUNCTION servqa_roles_of(login text) RETURNS SETOF text
    LANGUAGE sql STABLE SET search_path FROM CURRENT AS $$
    SELECT substr(r.rolname, 8) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = login AND r.rolname IN ('servqa_inspector', 'servqa_shopper', 'servqa_manager', 'servqa_lead', 'servqa_admin')
$$;
