package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/** A member of a school's teaching staff as a list shows them. */
@Published
public record StaffMember(long personId, String firstName, String lastName) {

  public String fullName() {
    return firstName + " " + lastName;
  }
}
