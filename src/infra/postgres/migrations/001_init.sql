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
