package fi.opeverkko.benchmark.generate;

/**
 * How much the generator adds to the demo data: scale 10 is the metro×10 network of issue 18 (600
 * schools, 15,000 staff, 200,000 visit requests, 50,000 log entries, 20,000 badge grants, 60,000
 * course sign-ups); scale 1 about as much again as the demo has.
 */
record Scale(int factor) {

  Scale {
    if (factor < 1 || factor > 100) {
      throw new IllegalArgumentException("--scale takes 1 to 100");
    }
  }

  int schools() {
    return 60 * factor;
  }

  /** Everyone generated: the schools' staff and the expert teams' members. */
  int staff() {
    return 1_500 * factor;
  }

  int experts() {
    return 40 * factor;
  }

  int visits() {
    return 20_000 * factor;
  }

  int logEntries() {
    return 5_000 * factor;
  }

  int badgeGrants() {
    return 2_000 * factor;
  }

  int signUps() {
    return 6_000 * factor;
  }

  /** Sign-ups per generated course: its places and a waitlist. */
  int signUpsPerCourse() {
    return 30;
  }
}
