-- Open data: the prefix 360Giving registered for the mutual, with which each grant it publishes is
-- named "360G-<prefix>-<grant>". Empty until the mutual registers one.
ALTER TABLE mutual ADD COLUMN grant_id_prefix TEXT NOT NULL DEFAULT '';
