package fi.opeverkko.network;

import java.io.Serializable;
import java.util.List;

/** A person with their roles in schools in one school year, as the people directory lists them. */
public record PersonRoles(Person person, List<SchoolAssignment> roles) implements Serializable {}
