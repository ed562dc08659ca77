package fi.opeverkko.web.plans;

import fi.opeverkko.plans.PlanPage;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanSnapshot;
import fi.opeverkko.plans.PlanVersion;
import fi.opeverkko.web.common.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/** A plan (as it stands, or a submitted version of it) on one printable page. */
@Named
@RequestScoped
public class PrintView {

  @Inject private PlanQueries queries;

  private Long schoolId;
  private Integer year;
  private Integer version;
  private PlanPage page;
  private PlanSnapshot contents;

  public void load() throws IOException {
    page = PlanPages.openOrNotFound(queries, schoolId, year);
    if (page == null) {
      return;
    }
    Optional<PlanSnapshot> shown =
        page.plan() == null
            ? Optional.empty()
            : version == null
                ? Optional.of(page.plan().snapshot())
                : page.versions().stream()
                    .filter(v -> v.getNumber() == version)
                    .map(PlanVersion::contents)
                    .findFirst();
    if (shown.isEmpty()) {
      Responses.notFound();
      return;
    }
    contents = shown.get();
  }

  public PlanPage getPage() {
    return page;
  }

  public PlanSnapshot getContents() {
    return contents;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
