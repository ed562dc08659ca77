package fi.opeverkko.network;

import java.util.List;

/** A person with their roles in schools in one school year, as the people directory lists them. */
public record PersonRoles(Person person, List<SchoolAssignment> roles) {}
