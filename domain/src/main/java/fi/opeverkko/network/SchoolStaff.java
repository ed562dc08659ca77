package fi.opeverkko.network;

import fi.opeverkko.platform.Published;

/**
 * The size of a school's teaching staff in a school year.
 *
 * @param staff the people with a teaching role (teacher or principal) in the school
 */
@Published
public record SchoolStaff(
    Long schoolId, String schoolName, String cityCode, TeachingLanguage language, long staff) {}
