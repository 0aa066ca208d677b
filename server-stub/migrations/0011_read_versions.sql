-- The floor plan's live state (table status, order, guests) gets a version of its own, raised by
-- every change of a table's state: a server serves the serialised floor plan again (and answers
-- If-None-Match with 304) while neither version has moved, on every instance alike.
ALTER TABLE floor_plan ADD COLUMN state_version BIGINT NOT NULL DEFAULT 0;
