-- The functions of revision 0004 (PostgreSQL). {s} is the schema, {schema_literal} its name as a
-- literal, {pinned} the search_path clause (schema, pg_catalog, pg_temp last). Every name in a
-- body is qualified; trigger functions refuse to run for any table they were not written for.

-- section: functions
CREATE OR REPLACE FUNCTION {s}.acrm_current_user_id() RETURNS uuid LANGUAGE sql STABLE {pinned}
AS $$ SELECT u.id FROM {s}.users u WHERE u.login = current_user AND u.active $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_current_team_id() RETURNS uuid LANGUAGE sql STABLE {pinned}
AS $$ SELECT u.team_id FROM {s}.users u WHERE u.login = current_user AND u.active $$
-- ;
-- Who is acting, seen from inside a SECURITY DEFINER function (where current_user is the
-- owner): the role the session set, else the login. Only roles one is a member of can be set.
CREATE FUNCTION {s}.acrm_invoker() RETURNS name LANGUAGE sql STABLE {pinned}
AS $$ SELECT CASE WHEN pg_catalog.current_setting('role') = 'none' THEN session_user
                  ELSE pg_catalog.current_setting('role')::name END $$
-- ;
-- A person or group of the desk (not a superuser, not the owner of the schema).
CREATE FUNCTION {s}.acrm_is_client(who name) RETURNS boolean LANGUAGE sql STABLE {pinned}
AS $$ SELECT coalesce((SELECT NOT r.rolsuper AND pg_catalog.pg_has_role(r.oid, 'agent', 'MEMBER')
                       FROM pg_catalog.pg_roles r WHERE r.rolname = who), false) $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_log_change() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {pinned} AS $$
DECLARE
  expected text[] := CASE TG_TABLE_NAME
    WHEN 'teams' THEN ARRAY['team', 'id'] WHEN 'users' THEN ARRAY['user', 'id']
    WHEN 'wrapup_codes' THEN ARRAY['wrapup_code', 'code']
    WHEN 'attribute_definitions' THEN ARRAY['attribute_definition', 'name']
    WHEN 'customers' THEN ARRAY['customer', 'id']
    WHEN 'customer_phones' THEN ARRAY['customer', 'customer_id']
    WHEN 'customer_emails' THEN ARRAY['customer', 'customer_id']
    WHEN 'customer_attributes' THEN ARRAY['customer', 'customer_id']
    WHEN 'products' THEN ARRAY['product', 'id'] WHEN 'transactions' THEN ARRAY['transaction', 'id']
    WHEN 'complaints' THEN ARRAY['complaint', 'id'] WHEN 'consents' THEN ARRAY['consent', 'id']
    WHEN 'contacts' THEN ARRAY['contact', 'id']
    WHEN 'contact_wrapups' THEN ARRAY['contact', 'contact_id']
    WHEN 'queue_items' THEN ARRAY['queue_item', 'id']
    WHEN 'offer_presentations' THEN ARRAY['offer_presentation', 'id']
    WHEN 'offer_outcomes' THEN ARRAY['offer_outcome', 'id']
    WHEN 'entitlements' THEN ARRAY['entitlement', 'id']
    WHEN 'rule_set_versions' THEN ARRAY['rule_set_version', 'version']
    ELSE NULL END;
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR expected IS NULL OR TG_LEVEL <> 'STATEMENT'
     OR TG_WHEN <> 'AFTER' OR TG_NARGS <> 2 OR TG_ARGV[0] <> expected[1]
     OR TG_ARGV[1] <> expected[2] THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_log_change was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  EXECUTE pg_catalog.format(
    'INSERT INTO %I.change_log (txid, entity, entity_key, op, changed_at) '
    'SELECT DISTINCT pg_catalog.pg_current_xact_id()::pg_catalog.text::pg_catalog.int8, %L, '
    'c.k::pg_catalog.text, %L, pg_catalog.now() FROM (SELECT r.%I AS k FROM changed_rows r) AS c',
    TG_TABLE_SCHEMA, expected[1], pg_catalog.lower(TG_OP), expected[2]);
  RETURN NULL;
END $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_audit() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {pinned} AS $$
DECLARE
  key_column text := CASE TG_TABLE_NAME WHEN 'users' THEN 'id' WHEN 'teams' THEN 'id'
    WHEN 'wrapup_codes' THEN 'code' WHEN 'rule_set_versions' THEN 'version'
    WHEN 'queue_items' THEN 'id' ELSE NULL END;
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR key_column IS NULL OR TG_LEVEL <> 'ROW'
     OR TG_WHEN <> 'AFTER' OR TG_NARGS <> 1 OR TG_ARGV[0] <> key_column THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_audit was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF TG_OP <> 'INSERT' THEN old_row := pg_catalog.to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := pg_catalog.to_jsonb(NEW); END IF;
  INSERT INTO {s}.audit_log (at, actor, action, target, details)
  VALUES (pg_catalog.clock_timestamp(), {s}.acrm_invoker(),
          TG_TABLE_NAME || '.' || pg_catalog.lower(TG_OP),
          coalesce(new_row, old_row) ->> key_column,
          pg_catalog.jsonb_build_object('old', old_row, 'new', new_row)::pg_catalog.json);
  RETURN NULL;
END $$
-- ;
-- Contact details: one customer per statement (unless an admin), every change audited.
CREATE FUNCTION {s}.acrm_contact_change() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {pinned} AS $$
DECLARE
  me name := {s}.acrm_invoker();
  touched bigint;
  kind text := CASE TG_TABLE_NAME WHEN 'customer_phones' THEN 'phone'
    WHEN 'customer_emails' THEN 'email' ELSE NULL END;
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_LEVEL <> 'STATEMENT' OR TG_WHEN <> 'AFTER'
     OR NOT ((TG_TABLE_NAME = 'customers' AND TG_OP = 'UPDATE')
             OR (kind IS NOT NULL AND TG_OP IN ('INSERT', 'DELETE'))) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_contact_change was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF NOT {s}.acrm_is_client(me) THEN
    RETURN NULL;  -- the owner's and superusers' imports are not the desk's edits
  END IF;
  IF TG_TABLE_NAME = 'customers' THEN
    SELECT pg_catalog.count(DISTINCT n.id) INTO touched FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT pg_catalog.count(DISTINCT o.customer_id) INTO touched FROM old_rows o;
  ELSE
    -- A desk pushing new customers sends their phones together: those customers do not count.
    SELECT pg_catalog.count(DISTINCT n.customer_id) INTO touched FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM {s}.change_log c
                      WHERE c.txid = pg_catalog.pg_current_xact_id()::pg_catalog.text::pg_catalog.int8
                        AND c.entity = 'customer' AND c.op = 'insert'
                        AND c.entity_key = n.customer_id::pg_catalog.text);
  END IF;
  IF touched > 1 AND NOT pg_catalog.pg_has_role(me, 'admin', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'permission denied for table %s: contact details change one customer at a time '
      '(this statement changes %s)', TG_TABLE_NAME, touched);
  END IF;
  IF TG_TABLE_NAME = 'customers' THEN
    INSERT INTO {s}.audit_log (at, actor, action, target, details)
    SELECT pg_catalog.clock_timestamp(), me, 'customer.city', n.id::pg_catalog.text,
           pg_catalog.json_build_object('field', 'city', 'old', o.city, 'new', n.city)
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE o.city IS DISTINCT FROM n.city ORDER BY n.id;
  ELSE
    EXECUTE pg_catalog.format(
      'INSERT INTO %I.audit_log (at, actor, action, target, details) '
      'SELECT pg_catalog.clock_timestamp(), $1, %L, r.customer_id::pg_catalog.text, '
      'pg_catalog.json_build_object(''field'', %L, ''old'', %s, ''new'', %s) '
      'FROM %I r ORDER BY r.customer_id, r.position',
      TG_TABLE_SCHEMA,
      'customer.' || kind || CASE TG_OP WHEN 'INSERT' THEN '.add' ELSE '.remove' END,
      kind || 's',
      CASE TG_OP WHEN 'INSERT' THEN 'NULL' ELSE 'r.' || CASE kind WHEN 'phone' THEN 'e164' ELSE 'email' END END,
      CASE TG_OP WHEN 'DELETE' THEN 'NULL' ELSE 'r.' || CASE kind WHEN 'phone' THEN 'e164' ELSE 'email' END END,
      CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END) USING me;
  END IF;
  RETURN NULL;
END $$
-- ;
-- A deactivated person's session that is still open (or a bare group role) writes nothing.
CREATE FUNCTION {s}.acrm_refuse_inactive() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER {pinned} AS $$
DECLARE
  me name := {s}.acrm_invoker();
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_LEVEL <> 'STATEMENT' OR TG_WHEN <> 'BEFORE' THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_refuse_inactive was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF {s}.acrm_is_client(me)
     AND NOT EXISTS (SELECT 1 FROM {s}.users u WHERE u.login = me AND u.active) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'permission denied: %s is not an active user of this server', me);
  END IF;
  RETURN NULL;
END $$
-- ;
-- A rule-set version must parse as a rule set (the shape app/rules/definition.py reads).
CREATE FUNCTION {s}.acrm_check_rule_set() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
DECLARE
  doc jsonb := NEW.rules::pg_catalog.jsonb;
  item jsonb;
  pos bigint;
  rule_id text;
  seen text[] := '{}';
  field text;
  problem text;
  known constant text[] := ARRAY['id', 'name', 'condition', 'kind', 'action', 'description',
    'script', 'why', 'channel', 'priority', 'business_value', 'valid_from', 'valid_to',
    'requires_consent', 'repeat', 'entitlement', 'entitlement_days', 'enabled', 'cooldown_days',
    'cooldown_declined_days', 'cooldown_accepted_days', 'max_presentations',
    'presentation_window_days'];
  texts constant text[] := ARRAY['kind', 'action', 'description', 'script', 'why', 'channel',
    'valid_from', 'valid_to', 'requires_consent', 'repeat', 'entitlement'];
  numbers constant text[] := ARRAY['priority', 'entitlement_days', 'cooldown_days',
    'cooldown_declined_days', 'cooldown_accepted_days', 'max_presentations',
    'presentation_window_days'];
BEGIN
  IF TG_TABLE_SCHEMA <> {schema_literal} OR TG_TABLE_NAME <> 'rule_set_versions'
     OR TG_LEVEL <> 'ROW' OR TG_WHEN <> 'BEFORE' THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'acrm_check_rule_set was not written for %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME);
  END IF;
  IF doc IS NULL OR pg_catalog.jsonb_typeof(doc) <> 'array' THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = pg_catalog.format(
      'rule set version %s: rules must be a JSON array of rules, not %s', NEW.version,
      coalesce(pg_catalog.jsonb_typeof(doc), 'nothing'));
  END IF;
  FOR item, pos IN SELECT e.value, e.n FROM pg_catalog.jsonb_array_elements(doc)
                   WITH ORDINALITY AS e(value, n) LOOP
    rule_id := '#' || pos;
    field := '(rule)';
    problem := NULL;
    IF pg_catalog.jsonb_typeof(item) <> 'object' THEN
      problem := 'must be a JSON object';
    ELSIF pg_catalog.jsonb_typeof(item -> 'id') IS DISTINCT FROM 'string'
          OR (item ->> 'id') !~ '^[a-z0-9][a-z0-9_.-]{0,63}$' THEN
      field := 'id'; problem := 'must be 1-64 characters of a-z, 0-9, _, -, .';
    ELSE
      rule_id := item ->> 'id';
      SELECT k, 'unknown field' INTO field, problem FROM pg_catalog.jsonb_object_keys(item) k
      WHERE k <> ALL (known) LIMIT 1;
      IF problem IS NULL AND rule_id = ANY (seen) THEN
        field := 'id'; problem := 'appears twice';
      END IF;
      IF problem IS NULL THEN
        SELECT f, 'must be non-blank text' INTO field, problem
        FROM pg_catalog.unnest(ARRAY['name', 'condition']) f
        WHERE pg_catalog.jsonb_typeof(item -> f) IS DISTINCT FROM 'string'
           OR pg_catalog.btrim(item ->> f) = '' LIMIT 1;
      END IF;
      IF problem IS NULL THEN
        SELECT f, 'must be text' INTO field, problem FROM pg_catalog.unnest(texts) f
        WHERE pg_catalog.jsonb_typeof(item -> f) NOT IN ('string', 'null') LIMIT 1;
      END IF;
      IF problem IS NULL THEN
        SELECT f, 'must be a number' INTO field, problem FROM pg_catalog.unnest(numbers) f
        WHERE pg_catalog.jsonb_typeof(item -> f) NOT IN ('number', 'null') LIMIT 1;
      END IF;
      IF problem IS NULL AND pg_catalog.jsonb_typeof(item -> 'business_value')
                             NOT IN ('number', 'string', 'null') THEN
        field := 'business_value'; problem := 'must be a number';
      ELSIF problem IS NULL AND pg_catalog.jsonb_typeof(item -> 'enabled')
                                NOT IN ('boolean', 'null') THEN
        field := 'enabled'; problem := 'must be true or false';
      ELSIF problem IS NULL AND coalesce(item ->> 'kind', 'prompt') NOT IN ('prompt', 'automatic') THEN
        field := 'kind'; problem := 'must be prompt or automatic';
      ELSIF problem IS NULL AND pg_catalog.length(item ->> 'name') > 120 THEN
        field := 'name'; problem := 'at most 120 characters';
      ELSIF problem IS NULL THEN
        SELECT f, 'at most 2000 characters' INTO field, problem
        FROM pg_catalog.unnest(ARRAY['condition', 'description', 'script', 'why']) f
        WHERE pg_catalog.length(item ->> f) > 2000 LIMIT 1;
      END IF;
    END IF;
    IF problem IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = pg_catalog.format(
        'rule set version %s: rule %s, field %s: %s', NEW.version, rule_id, field, problem);
    END IF;
    seen := seen || rule_id;
  END LOOP;
  RETURN NEW;
END $$
-- ;
-- How long a client transaction may hold the feed back: ALTER FUNCTION ... SET changes it.
CREATE FUNCTION {s}.acrm_feed_hold_limit() RETURNS interval LANGUAGE sql STABLE {pinned}
SET acrm.feed_hold_limit = '120s'
AS $$ SELECT pg_catalog.current_setting('acrm.feed_hold_limit')::pg_catalog.interval $$
-- ;
-- Sessions holding the feed back, oldest first: open transactions with an id (the feed waits
-- below the oldest), and sessions whose locks others wait for (e.g. LOCK TABLE, which needs no
-- transaction id but stops every desk's pull as surely).
CREATE FUNCTION {s}.acrm_feed_holders() RETURNS TABLE (pid integer, login name, state text,
  xact_start timestamptz, application_name text, held_for interval, ends_automatically boolean,
  blocking integer)
LANGUAGE sql STABLE SECURITY DEFINER {pinned}
AS $$ WITH waiting AS (
        SELECT pg_catalog.unnest(pg_catalog.pg_blocking_pids(w.pid)) AS blocker
        FROM pg_catalog.pg_stat_activity w
        WHERE w.datname = pg_catalog.current_database() AND w.wait_event_type = 'Lock')
      SELECT a.pid, a.usename, a.state, coalesce(a.xact_start, a.state_change),
             a.application_name,
             pg_catalog.clock_timestamp() - coalesce(a.xact_start, a.state_change),
             {s}.acrm_is_client(a.usename)
             AND NOT pg_catalog.pg_has_role(a.usename, 'admin', 'MEMBER'),
             (SELECT pg_catalog.count(*)::integer FROM waiting WHERE waiting.blocker = a.pid)
      FROM pg_catalog.pg_stat_activity a
      WHERE a.datname = pg_catalog.current_database() AND a.usename IS NOT NULL
        AND a.pid <> pg_catalog.pg_backend_pid()
        AND (a.backend_xid IS NOT NULL OR a.pid IN (SELECT waiting.blocker FROM waiting))
      ORDER BY 4 $$
-- ;
-- Any desk may end a non-admin client's transaction older than the bound; each end is audited.
CREATE FUNCTION {s}.acrm_end_feed_holders() RETURNS TABLE (pid integer, login name,
  xact_start timestamptz) LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
DECLARE
  holder record;
BEGIN
  FOR holder IN SELECT f.pid, f.login, f.xact_start FROM {s}.acrm_feed_holders() f
                WHERE f.ends_automatically AND f.held_for > {s}.acrm_feed_hold_limit() LOOP
    IF pg_catalog.pg_terminate_backend(holder.pid, 5000) THEN
      INSERT INTO {s}.audit_log (at, actor, action, target, details)
      VALUES (pg_catalog.clock_timestamp(), {s}.acrm_invoker(), 'session.end_feed_holder',
              holder.login, pg_catalog.json_build_object('pid', holder.pid,
                                                         'xact_start', holder.xact_start));
      pid := holder.pid; login := holder.login; xact_start := holder.xact_start;
      RETURN NEXT;
    END IF;
  END LOOP;
END $$
-- ;
-- Deactivating someone ends their open sessions; nobody else's can be ended this way.
CREATE FUNCTION {s}.acrm_end_sessions(who name) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER {pinned} AS $$
DECLARE
  ended integer := 0;
  session_pid integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM {s}.users u WHERE u.login = who AND NOT u.active) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = pg_catalog.format(
      'permission denied: %s is not a deactivated user; only their sessions can be ended', who);
  END IF;
  -- A loop, not a WHERE: the filter must be applied before anything is signalled.
  FOR session_pid IN SELECT a.pid FROM pg_catalog.pg_stat_activity a
                     WHERE a.usename = who AND a.pid <> pg_catalog.pg_backend_pid() LOOP
    IF pg_catalog.pg_terminate_backend(session_pid, 5000) THEN
      ended := ended + 1;
    END IF;
  END LOOP;
  RETURN ended;
END $$
-- ;
-- Role changes are invisible to table triggers: those who may change roles record them here.
CREATE FUNCTION {s}.acrm_audit_role(action text, target name, details json) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {pinned} AS $$
DECLARE
  me name := {s}.acrm_invoker();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r
                 WHERE r.rolname = me AND (r.rolsuper OR r.rolcreaterole)) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'permission denied: only a role that manages logins records role changes';
  END IF;
  IF action NOT IN ('role.create', 'role.deactivate', 'role.password_reset')
     OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = target)
     OR pg_catalog.json_typeof(details) IS DISTINCT FROM 'object'
     OR EXISTS (SELECT 1 FROM pg_catalog.json_object_keys(details) k
                WHERE k NOT IN ('role', 'team')) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'permission denied: not a role change this function records';
  END IF;
  INSERT INTO {s}.audit_log (at, actor, action, target, details)
  VALUES (pg_catalog.clock_timestamp(), me, action, target, details);
END $$

-- section: triggers
CREATE TRIGGER contact_audit AFTER UPDATE ON {s}.customers
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
EXECUTE FUNCTION {s}.acrm_contact_change()
-- ;
CREATE TRIGGER contact_audit_insert AFTER INSERT ON {s}.customer_phones
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_contact_change()
-- ;
CREATE TRIGGER contact_audit_delete AFTER DELETE ON {s}.customer_phones
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_contact_change()
-- ;
CREATE TRIGGER contact_audit_insert AFTER INSERT ON {s}.customer_emails
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_contact_change()
-- ;
CREATE TRIGGER contact_audit_delete AFTER DELETE ON {s}.customer_emails
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {s}.acrm_contact_change()

-- section: functions_0003
CREATE OR REPLACE FUNCTION {s}.acrm_current_user_id() RETURNS uuid LANGUAGE sql STABLE
SET search_path = {s}, pg_catalog
AS $$ SELECT id FROM users WHERE login = current_user AND active $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_current_team_id() RETURNS uuid LANGUAGE sql STABLE
SET search_path = {s}, pg_catalog
AS $$ SELECT team_id FROM users WHERE login = current_user AND active $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {s}, pg_catalog AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO change_log (txid, entity, entity_key, op, changed_at) '
    'SELECT DISTINCT pg_current_xact_id()::text::bigint, %L, k::text, %L, now() '
    'FROM (SELECT %I AS k FROM changed_rows) AS c',
    TG_ARGV[0], lower(TG_OP), TG_ARGV[1]);
  RETURN NULL;
END $$
-- ;
CREATE OR REPLACE FUNCTION {s}.acrm_audit() RETURNS trigger LANGUAGE plpgsql
SET search_path = {s}, pg_catalog AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
BEGIN
  INSERT INTO audit_log (at, actor, action, target, details)
  VALUES (clock_timestamp(), current_user, TG_TABLE_NAME || '.' || lower(TG_OP),
          coalesce(new_row, old_row) ->> TG_ARGV[0],
          jsonb_build_object('old', old_row, 'new', new_row)::json);
  RETURN NULL;
END $$
