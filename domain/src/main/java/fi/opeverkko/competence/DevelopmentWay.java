package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;

/**
 * How a teacher means to reach the level and badges of their development plan: badges are earned
 * with or without a course (seeds 000).
 */
@Published
public enum DevelopmentWay {
  COURSE,
  NETWORK,
  PROJECT,
  SELF_STUDY
}
