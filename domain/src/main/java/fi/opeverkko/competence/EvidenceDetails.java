package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a teacher writes as evidence: how the skill was used in teaching, and links to what shows it
 * (a learning environment, a video, a blog post). Files come one by one ({@link EvidenceUpload}).
 *
 * @param description how the skill was used in teaching; may be empty in a draft, not when sent
 * @param links web addresses (http or https), at most {@value #MAX_LINKS}
 */
@Published
public record EvidenceDetails(String description, List<String> links) {

  static final int DESCRIPTION_MAX_LENGTH = 4000;
  static final int MAX_LINKS = 10;
  static final int LINK_MAX_LENGTH = 300;

  public EvidenceDetails {
    links =
        links == null
            ? List.of()
            : links.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
  }

  /**
   * Refuses a description too long for its column and links that are too many, too long or no web
   * address (a {@code javascript:} link on a reviewer's page would be a trap).
   */
  void requireValid() {
    if (description != null && description.strip().length() > DESCRIPTION_MAX_LENGTH) {
      throw new CompetenceRuleException("competence.descriptionTooLong", DESCRIPTION_MAX_LENGTH);
    }
    if (links.size() > MAX_LINKS) {
      throw new CompetenceRuleException("competence.tooManyLinks", MAX_LINKS);
    }
    for (String link : links) {
      if (link.length() > LINK_MAX_LENGTH || !isWebAddress(link)) {
        throw new CompetenceRuleException("competence.badLink", shortened(link));
      }
    }
  }

  private static boolean isWebAddress(String link) {
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A refused link as the message names it: never a whole page of text. */
  private static String shortened(String link) {
    return link.length() <= 60 ? link : link.substring(0, 60) + "…";
  }
}
