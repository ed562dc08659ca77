package fi.opeverkko.library;

import fi.opeverkko.platform.LocalizedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a draft must be before it is an item: a title and a summary in at least one language, within
 * their lengths; a kind, an area and a licence; a level 1–3 if any; a video link only over {@code
 * https}, and one for a video.
 */
final class DraftRules {

  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 4000;
  static final int FREE_TEXT_MAX = 100;
  static final int URL_MAX = 500;

  private DraftRules() {}

  static void check(PracticeDraft draft) {
    requireText(draft.title(), TITLE_MAX, "library.titleRequired", "library.titleTooLong");
    requireText(draft.summary(), SUMMARY_MAX, "library.summaryRequired", "library.summaryTooLong");
    if (draft.kind() == null) {
      throw new LibraryRuleException("library.kindRequired");
    }
    if (draft.area() == null) {
      throw new LibraryRuleException("library.areaRequired");
    }
    if (draft.licence() == null) {
      throw new LibraryRuleException("library.licenceRequired");
    }
    if (draft.level() != null && (draft.level() < 1 || draft.level() > 3)) {
      throw new LibraryRuleException("library.levelRange");
    }
    if (tooLong(draft.subject(), FREE_TEXT_MAX) || tooLong(draft.ageGroup(), FREE_TEXT_MAX)) {
      throw new LibraryRuleException("library.freeTextTooLong", FREE_TEXT_MAX);
    }
    checkVideo(draft);
  }

  private static void requireText(LocalizedText text, int max, String missing, String tooLong) {
    if (text == null || Stream.of(text.fi(), text.sv(), text.en()).allMatch(ItemTexts::isBlank)) {
      throw new LibraryRuleException(missing);
    }
    if (Stream.of(text.fi(), text.sv(), text.en()).anyMatch(one -> tooLong(one, max))) {
      throw new LibraryRuleException(tooLong, max);
    }
  }

  private static boolean tooLong(String text, int max) {
    return text != null && text.strip().length() > max;
  }

  private static void checkVideo(PracticeDraft draft) {
    String url = ItemTexts.orNull(draft.videoUrl());
    if (url == null) {
      if (draft.kind() == PracticeKind.VIDEO) {
        throw new LibraryRuleException("library.videoRequired");
      }
      return;
    }
    if (url.length() > URL_MAX || !isHttps(url)) {
      throw new LibraryRuleException("library.videoHttps");
    }
  }

  private static boolean isHttps(String url) {
    try {
      URI uri = new URI(url);
      return uri.getScheme() != null
          && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost() != null
          && uri.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
