package fi.opeverkko.pilots;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Letter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The letters of the coordinator's decision, each in its recipient's language: to the school's
 * principals and the project's teachers.
 */
@Dependent
class PilotLetters {

  private static final String BUNDLE = "fi.opeverkko.pilots.mail";

  @Inject private NetworkReferences references;

  List<Letter> aboutDecision(PilotProject project) {
    Set<Person> recipients =
        new LinkedHashSet<>(
            references.holders(project.getSchool(), SchoolRole.PRINCIPAL, project.getSchoolYear()));
    project.getTeacherIds().forEach(id -> references.person(id).ifPresent(recipients::add));
    return recipients.stream()
        .filter(person -> person.getEmail() != null)
        .map(person -> letter(person, project))
        .toList();
  }

  private static Letter letter(Person recipient, PilotProject project) {
    Locale locale = recipient.preferredLocale();
    return Letter.written(
        BUNDLE,
        project.getState().name(),
        recipient.getEmail(),
        locale,
        project.getSchool().name(locale),
        project.getSchoolYear().label(),
        project.getReturnComment() == null ? "" : project.getReturnComment(),
        Letter.linkTo("pilots/project.xhtml?school=" + project.getSchool().getId()));
  }
}
