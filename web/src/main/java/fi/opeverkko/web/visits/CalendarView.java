package fi.opeverkko.web.visits;

import fi.opeverkko.visits.CalendarFeeds;
import fi.opeverkko.visits.ExpertCalendarQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** An expert's own calendar of visits, and the address of its feed for Outlook or Google. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ExpertCalendarQueries queries;
  @Inject private CalendarFeeds feeds;

  private String feedUrl;

  private final LazyScheduleModel calendar =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          queries
              .myCalendar(start, end)
              .forEach(booking -> addEvent(CalendarEvents.of(booking.getRequest())));
        }
      };

  public void showFeed(boolean renew) {
    feedUrl = InboxView.feedAddress(feeds.myToken(renew));
  }

  public ScheduleModel getCalendar() {
    return calendar;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
