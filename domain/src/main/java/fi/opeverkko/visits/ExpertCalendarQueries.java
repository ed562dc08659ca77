package fi.opeverkko.visits;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/** What an expert's own calendar reads: the visits they are booked for, whatever the team. */
@Stateless
public class ExpertCalendarQueries {

  @Inject private NetworkReferences references;
  @Inject private VisitAccess access;
  @Inject private Bookings bookings;

  /** The signed-in expert's own bookings between two dates, for their calendar. */
  public List<ExpertBooking> myCalendar(@NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    return references
        .person(user.personId())
        .map(expert -> bookings.ofExpert(expert, from, until, Bookings.BOOKED))
        .orElse(List.of());
  }
}
