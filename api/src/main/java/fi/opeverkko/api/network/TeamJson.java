package fi.opeverkko.api.network;

import fi.opeverkko.api.Names;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.TeamOverview;

/**
 * An expert team.
 *
 * @param id the team's id
 * @param code its short code
 * @param name its name in fi, sv and en
 * @param leaderId the leader's person id
 * @param leader the leader's full name
 * @param members how many experts belong to it this school year
 */
public record TeamJson(
    long id, String code, Names name, Long leaderId, String leader, int members) {

  static TeamJson of(TeamOverview overview) {
    ExpertTeam team = overview.team();
    return new TeamJson(
        team.getId(),
        team.getCode(),
        Names.in(team::name),
        team.getLeader() == null ? null : team.getLeader().getId(),
        team.getLeader() == null ? null : team.getLeader().getFullName(),
        overview.members().size());
  }
}
