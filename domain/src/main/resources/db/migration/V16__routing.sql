-- From a need to the right expert (issue 19): where schools and experts are in their city, so
-- that a visit is first proposed to an expert nearby, and which topics of their team's catalogue
-- each expert gives, so that nobody is proposed for a topic they do not train on.
-- Portable SQL: H2 2.x and PostgreSQL 15.

-- The area of the city a school is in, and the one an expert works from (a district's name).
ALTER TABLE school ADD COLUMN area VARCHAR(60);
ALTER TABLE person ADD COLUMN area VARCHAR(60);

-- The topics of the team's catalogue an expert gives.
CREATE TABLE expert_topic (
    topic_id  BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    CONSTRAINT pk_expert_topic PRIMARY KEY (topic_id, person_id),
    CONSTRAINT fk_expert_topic_topic FOREIGN KEY (topic_id) REFERENCES team_topic (id),
    CONSTRAINT fk_expert_topic_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_expert_topic_person ON expert_topic (person_id);
