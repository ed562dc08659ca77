package fi.opeverkko.plans;

/** A part of a plan kept in the order the tutors wrote it. */
interface Positioned {
  int getPosition();
}
