package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.util.List;

/**
 * An expert team as its page shows it: members and their reserved hours in a school year, and its
 * topic catalogue (retired topics only for those who may edit it).
 */
@Published
public record TeamDetail(
    TeamOverview overview, SchoolYear year, List<TeamTopic> topics, boolean editable)
    implements Serializable {}
