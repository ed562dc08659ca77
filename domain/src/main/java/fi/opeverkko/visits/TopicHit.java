package fi.opeverkko.visits;

import fi.opeverkko.network.TopicAudience;
import java.io.Serializable;
import java.util.Set;

/**
 * A topic of a team's catalogue found for a need, in the language searched in: what the request
 * form shows to choose from, and the team that choosing it fixes.
 *
 * @param topicId the topic
 * @param teamId its team
 * @param teamName the team's name
 * @param title the topic's name
 * @param description what the topic is about
 * @param audiences whom it is meant for
 * @param typicalMinutes how long a visit on it typically takes
 */
public record TopicHit(
    long topicId,
    long teamId,
    String teamName,
    String title,
    String description,
    Set<TopicAudience> audiences,
    int typicalMinutes)
    implements Serializable {}
