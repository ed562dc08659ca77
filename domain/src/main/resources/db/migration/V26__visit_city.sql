-- A city's coordinator reads the city's requests (the city visits page: the counts by status and
-- the newest page first). Reached through the city's schools, PostgreSQL read every request of the
-- network for each view (200,000 at metro×10; 70–90 ms a statement). A request's city is its
-- school's, which never changes, so the request keeps it and the city's requests are read by
-- their own index: newest first, the status in it for the counts and the drafts left out.
ALTER TABLE visit_request ADD COLUMN city_id BIGINT;
UPDATE visit_request SET city_id = (SELECT s.city_id FROM school s WHERE s.id = visit_request.school_id);
ALTER TABLE visit_request ALTER COLUMN city_id SET NOT NULL;
ALTER TABLE visit_request ADD CONSTRAINT fk_visit_request_city FOREIGN KEY (city_id) REFERENCES city (id);
CREATE INDEX ix_visit_city_created ON visit_request (city_id, created_at, id, status);
