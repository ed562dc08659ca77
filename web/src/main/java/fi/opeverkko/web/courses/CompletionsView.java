package fi.opeverkko.web.courses;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.courses.CompletionRow;
import fi.opeverkko.courses.CourseLifeQueries;
import fi.opeverkko.courses.CourseLifeService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The teacher's courses that have started: whether they completed each, and for a completed one the
 * badges it leads toward, to add the completion to their application for one.
 */
@Named
@ViewScoped
public class CompletionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseLifeQueries queries;
  @Inject private CourseLifeService life;
  @Inject private CatalogueService catalogue;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private List<CompletionRow> rows;
  private Map<Long, BadgeRow> badges;

  public void load() {
    rows = queries.myCompletions();
    badges =
        catalogue.catalogue(false).stream()
            .collect(Collectors.toMap(BadgeRow::id, Function.identity()));
  }

  /** The badges the course leads toward that are in the catalogue now. */
  public List<BadgeRow> badgesOf(CompletionRow row) {
    return row.badgeIds().stream().map(badges::get).filter(Objects::nonNull).toList();
  }

  /** Adds the completion to the application for the badge and opens the application. */
  public String addToApplication(CompletionRow row, BadgeRow badge) {
    return actions
        .call(() -> life.addToBadgeApplication(row.signUpId(), badge.id()))
        .map(
            id -> {
              texts.flashInfo("completions.added");
              return "/competence/application?faces-redirect=true&id=" + id;
            })
        .orElse(null);
  }

  public List<CompletionRow> getRows() {
    return rows;
  }
}
