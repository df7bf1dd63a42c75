-- 001: the bot's tables. Times are epoch milliseconds (bigint), as in the core's Reminder type.
-- Only what features need (see the README's data policy): no names, no message text, no identifiers.

-- Profiles: a row exists only while something is set (an empty profile is deleted).
CREATE TABLE profiles (
  user_id        text PRIMARY KEY CHECK (length(user_id) BETWEEN 1 AND 64),
  language       text,
  timezone       text CHECK (timezone IS NULL OR length(timezone) BETWEEN 1 AND 64),
  blocked_notice boolean NOT NULL DEFAULT false
);

CREATE TABLE reminders (
  id                 text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,24}$'),
  user_id            text NOT NULL CHECK (length(user_id) BETWEEN 1 AND 64),
  -- insertion order, so a user's reminders list in the order they were made
  seq                bigint GENERATED ALWAYS AS IDENTITY,
  unit               text NOT NULL CHECK (unit IN ('day', 'week')),
  every              integer NOT NULL CHECK (every BETWEEN 1 AND 365),
  local_time         text NOT NULL,
  zone               text NOT NULL,
  anchor             text NOT NULL,
  application        text,
  paused             text CHECK (paused IN ('user', 'blocked')),
  next_due_at        bigint NOT NULL,
  snoozed_until      bigint,
  last_delivered_key text,
  created_at         bigint NOT NULL,
  -- the due queue: when the reminder next fires (an earlier snooze wins), NULL while paused
  due_at             bigint GENERATED ALWAYS AS (
                       CASE WHEN paused IS NULL THEN LEAST(COALESCE(snoozed_until, next_due_at), next_due_at) END
                     ) STORED,
  -- occurrence key (`<id>@<due ms>`) taken by the sending instance just before it sends: never twice
  claimed_key        text,
  claimed_by         text
);
CREATE INDEX reminders_user ON reminders (user_id, seq);
CREATE INDEX reminders_due ON reminders (due_at) WHERE due_at IS NOT NULL;

CREATE TABLE status_log (
  user_id     text NOT NULL,
  seq         bigint GENERATED ALWAYS AS IDENTITY,
  status      text NOT NULL,
  day         text NOT NULL,
  recorded_at bigint NOT NULL
);
CREATE INDEX status_log_user ON status_log (user_id, day, recorded_at, seq);

-- Telegram update ids already taken by one instance: a re-sent update (Telegram retry, or the load
-- balancer sending it to two instances) is handled once. Old rows are pruned.
CREATE TABLE telegram_updates (
  update_id bigint PRIMARY KEY,
  seen_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX telegram_updates_seen ON telegram_updates (seen_at);

-- Adds a reminder unless the user already has p_max, in one round trip. The advisory lock on the user
-- id serialises concurrent adds of one user across instances; each statement of a PL/pgSQL function
-- takes a fresh snapshot, so the count sees every add committed before the lock was granted.
CREATE FUNCTION add_reminder(
  p_id text, p_user text, p_unit text, p_every integer, p_time text, p_zone text, p_anchor text, p_application text,
  p_paused text, p_next_due_at bigint, p_snoozed_until bigint, p_last_delivered_key text, p_created_at bigint, p_max integer
) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_user, 0));
  IF (SELECT count(*) FROM reminders WHERE user_id = p_user) >= p_max THEN
    RETURN 'limit';
  END IF;
  INSERT INTO reminders (id, user_id, unit, every, local_time, zone, anchor, application, paused, next_due_at,
                         snoozed_until, last_delivered_key, created_at)
  VALUES (p_id, p_user, p_unit, p_every, p_time, p_zone, p_anchor, p_application, p_paused, p_next_due_at,
          p_snoozed_until, p_last_delivered_key, p_created_at)
  ON CONFLICT (id) DO NOTHING;
  IF NOT FOUND THEN
    RETURN 'exists';
  END IF;
  RETURN 'ok';
END $$;

-- Appends to a user's status log and drops the oldest entries past p_max, in one round trip.
CREATE FUNCTION add_log_entry(p_user text, p_status text, p_day text, p_recorded_at bigint, p_max integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_user, 0));
  INSERT INTO status_log (user_id, status, day, recorded_at) VALUES (p_user, p_status, p_day, p_recorded_at);
  DELETE FROM status_log WHERE user_id = p_user AND seq IN (
    SELECT seq FROM status_log WHERE user_id = p_user ORDER BY day DESC, recorded_at DESC, seq DESC OFFSET p_max);
END $$;
