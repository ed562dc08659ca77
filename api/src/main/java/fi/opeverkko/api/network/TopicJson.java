package fi.opeverkko.api.network;

import fi.opeverkko.api.Names;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.network.TopicAudience;
import java.util.Set;

/**
 * A topic a team offers for training visits.
 *
 * @param id the topic's id (a visit request's {@code topicId})
 * @param teamId the team's id
 * @param title its title in fi, sv and en
 * @param description what it covers, in fi, sv and en
 * @param audiences the school types it suits
 * @param typicalMinutes its usual length
 */
public record TopicJson(
    long id,
    long teamId,
    Names title,
    Names description,
    Set<TopicAudience> audiences,
    int typicalMinutes) {

  static TopicJson of(TeamTopic topic) {
    return new TopicJson(
        topic.getId(),
        topic.getTeam().getId(),
        Names.in(topic::title),
        Names.in(topic::description),
        topic.getAudiences(),
        topic.getTypicalMinutes());
  }
}
