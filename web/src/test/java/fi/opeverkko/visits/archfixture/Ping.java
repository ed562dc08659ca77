package fi.opeverkko.visits.archfixture;

import fi.opeverkko.visits.archfixture.echo.Pong;

/** One half of a package cycle. */
public class Ping {

  private Pong pong;
}
