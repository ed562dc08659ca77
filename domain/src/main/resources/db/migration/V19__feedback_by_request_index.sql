-- A team's feedback list averages each visit's ratings (TeamVisitQueries.feedbackOfTeam): with the
-- rating in the index the averages come from the index alone, not from every feedback row
-- (metro size: 14,000 visits with feedback per team).
CREATE INDEX ix_feedback_request_rating ON visit_feedback (request_id, rating);
