-- A city's visits read by its schools, from this index alone: the coordinator's city visits page
-- (its counts by status, its page's keys newest first) and the dashboard's visit figures (delivered
-- and closed visits by term). Without it H2 read every request of the network by the status
-- index, or every request of the city's schools by row, with the page's joins for each before the
-- sort. On metro×10 data (70,000 requests a city), idle: counts 1.7 s → 30 ms, a page 3 s → 0.2 s
-- (its 25 requests are then read by id), the dashboard's visit figures 1.2 s → 0.2 s.
CREATE INDEX ix_visit_school_status ON visit_request (school_id, status, created_at, starts_at);
