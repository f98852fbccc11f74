-- Migration 0010: acrm_check_rule_set as in 0004, plus rules of kind alert (severity, title).
-- CREATE OR REPLACE keeps the function's owner (acrm_owner) and its grants; the SET clause
-- below is part of the definition, so the pinned search_path (pg_temp last) is restated.
-- A rule-set version must parse as a rule set (the shape app/rules/definition.py reads).
CREATE OR REPLACE FUNCTION {s}.acrm_check_rule_set() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$
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
    'presentation_window_days', 'severity', 'title'];
  texts constant text[] := ARRAY['kind', 'action', 'description', 'script', 'why', 'channel',
    'valid_from', 'valid_to', 'requires_consent', 'repeat', 'entitlement', 'severity', 'title'];
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
      ELSIF problem IS NULL AND coalesce(item ->> 'kind', 'prompt')
                                NOT IN ('prompt', 'automatic', 'alert') THEN
        field := 'kind'; problem := 'must be prompt, automatic or alert';
      ELSIF problem IS NULL AND item ->> 'kind' = 'alert'
            AND coalesce(NULLIF(item ->> 'severity', ''), 'amber')
                NOT IN ('red', 'amber') THEN
        field := 'severity'; problem := 'must be red or amber';
      ELSIF problem IS NULL AND item ->> 'kind' = 'alert'
            AND pg_catalog.btrim(coalesce(item ->> 'title', '')) = '' THEN
        field := 'title'; problem := 'an alert needs a title';
      ELSIF problem IS NULL AND pg_catalog.length(item ->> 'name') > 120 THEN
        field := 'name'; problem := 'at most 120 characters';
      ELSIF problem IS NULL AND pg_catalog.length(item ->> 'title') > 120 THEN
        field := 'title'; problem := 'at most 120 characters';
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
