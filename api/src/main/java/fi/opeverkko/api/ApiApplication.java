package fi.opeverkko.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Version 1 of the REST API, at {@code /api/v1} (the war's context is {@code /api}). A new version
 * gets a path of its own beside this one; field names of a version never change.
 */
@ApplicationPath("/v1")
public class ApiApplication extends Application {}
