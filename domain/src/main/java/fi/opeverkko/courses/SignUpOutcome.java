package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;

/**
 * Where a sign-up landed.
 *
 * @param signUpId the sign-up
 * @param status in, waiting or waiting for the principal's approval
 * @param arrival its number in the course's queue for places
 */
@Published
public record SignUpOutcome(Long signUpId, SignUpStatus status, int arrival) {}
