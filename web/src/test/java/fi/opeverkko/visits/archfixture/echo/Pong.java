package fi.opeverkko.visits.archfixture.echo;

import fi.opeverkko.visits.archfixture.Ping;

/** The other half of a package cycle. */
public class Pong {

  private Ping ping;
}
