-- 002: followed processing times (opt-in change alerts), shared by every instance like the rest of the
-- user's record: /mydata lists them and /forget deletes them with everything else.

CREATE TABLE follows (
  user_id          text NOT NULL CHECK (length(user_id) BETWEEN 1 AND 64),
  -- insertion order, so a user's follows list in the order they were made
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  application      text NOT NULL,
  country          text CHECK (country IS NULL OR country ~ '^[A-Z]{2}$'),
  -- the published figure the user was last told about (core/ptime/follow-figure.ts), bounded like the lowdb file
  figure           text NOT NULL CHECK (length(figure) <= 1000),
  created_at       bigint NOT NULL,
  -- epoch ms at which an instance took the change alert for sending (claim_follow_alert); NULL when none is
  -- being sent. Cleared when the new figure is recorded or the claim is given up after a failed send.
  alert_claimed_at bigint
);
-- One follow per user, application and country (NULL country is one target, hence the COALESCE).
CREATE UNIQUE INDEX follows_target ON follows (user_id, application, COALESCE(country, ''));
CREATE INDEX follows_user ON follows (user_id, seq);

-- Adds a follow unless the user already follows that target ('exists') or has p_max ('limit'), in one
-- round trip; the advisory lock on the user id (the same one add_reminder takes) serialises two instances.
CREATE FUNCTION add_follow(p_user text, p_application text, p_country text, p_figure text, p_created_at bigint, p_max integer)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_user, 0));
  IF EXISTS (SELECT 1 FROM follows WHERE user_id = p_user AND application = p_application
             AND COALESCE(country, '') = COALESCE(p_country, '')) THEN
    RETURN 'exists';
  END IF;
  IF (SELECT count(*) FROM follows WHERE user_id = p_user) >= p_max THEN
    RETURN 'limit';
  END IF;
  INSERT INTO follows (user_id, application, country, figure, created_at)
  VALUES (p_user, p_application, p_country, p_figure, p_created_at);
  RETURN 'added';
END $$;
