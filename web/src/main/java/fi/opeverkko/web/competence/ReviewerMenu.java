package fi.opeverkko.web.competence;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.CommunityService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Whether the navigation offers the reviews: asked once a session, not on every page, since it
 * takes the community's queries. Someone who joins the community mid-session sees it at the next
 * sign-in; the page itself asks afresh.
 */
@Named
@SessionScoped
public class ReviewerMenu implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CommunityService community;
  @Inject private ApplicationQueries queries;

  private Boolean reviewer;

  public boolean isReviewer() {
    if (reviewer == null) {
      reviewer = community.isMember() || queries.countReviews() > 0;
    }
    return reviewer;
  }
}
