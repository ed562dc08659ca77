package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.visits.ProposalRanking.Candidate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalRankingTest {

  /** A Monday without holidays, and the week's Friday. */
  private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

  private static final LocalDate FRIDAY = MONDAY.plusDays(4);

  private static Candidate expert(long id, boolean speaks, boolean sameArea, double reserved) {
    return new Candidate(id, "Expert " + id, true, speaks, sameArea, reserved, List.of());
  }

  private static Candidate withBookings(Candidate c, List<TimeSlot> booked) {
    return new Candidate(
        c.id(), c.name(), true, c.speaksSchoolLanguage(), c.sameArea(), c.reservedWeekly(), booked);
  }

  private static List<Long> firstExperts(List<Proposal> proposals) {
    return proposals.stream().map(p -> p.experts().get(0).id()).toList();
  }

  @Test
  void threeProposalsOfDifferentExpertsWithinThePreferredDates() {
    List<Proposal> proposals =
        new ProposalRanking(
                List.of(
                    expert(1, true, false, 8),
                    expert(2, true, false, 8),
                    expert(3, true, false, 8)),
                90,
                20)
            .best(MONDAY, FRIDAY);
    assertEquals(3, proposals.size());
    assertEquals(3, proposals.stream().map(p -> p.experts().get(0).id()).distinct().count());
    proposals.forEach(
        p -> {
          assertFalse(p.startsAt().toLocalDate().isBefore(MONDAY));
          assertFalse(p.startsAt().toLocalDate().isAfter(FRIDAY));
        });
  }

  @Test
  void theSchoolsLanguageComesFirst() {
    List<Proposal> proposals =
        new ProposalRanking(List.of(expert(1, false, true, 12), expert(2, true, false, 2)), 90, 20)
            .best(MONDAY, FRIDAY);
    assertEquals(2L, proposals.get(0).experts().get(0).id());
    assertTrue(proposals.get(0).experts().get(0).speaksSchoolLanguage());
  }

  @Test
  void theSameAreaComesBeforeAnotherWhenBothSpeakTheLanguage() {
    List<Proposal> proposals =
        new ProposalRanking(List.of(expert(1, true, false, 8), expert(2, true, true, 8)), 90, 20)
            .best(MONDAY, FRIDAY);
    assertEquals(2L, proposals.get(0).experts().get(0).id());
  }

  @Test
  void aFullWeekIsNeverProposed() {
    // Expert 1 has booked every reserved hour of the week: only expert 2 is proposed.
    List<TimeSlot> fullWeek = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      LocalDateTime start = MONDAY.plusDays(d).atTime(9, 0);
      fullWeek.add(new TimeSlot(start, start.plusHours(2)));
    }
    Candidate full = withBookings(expert(1, true, true, 8), fullWeek);
    List<Proposal> proposals =
        new ProposalRanking(List.of(full, expert(2, false, false, 4)), 90, 20).best(MONDAY, FRIDAY);
    assertFalse(proposals.isEmpty());
    assertTrue(firstExperts(proposals).stream().allMatch(id -> id == 2L));
  }

  @Test
  void nobodyOverTheirHoursOrDoubleBooked() {
    // A visit of three hours does not fit two reserved hours; the other expert is busy all week.
    List<TimeSlot> busy = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      busy.add(new TimeSlot(MONDAY.plusDays(d).atTime(8, 0), MONDAY.plusDays(d).atTime(17, 0)));
    }
    Candidate booked = withBookings(expert(2, true, true, 40), busy);
    assertTrue(
        new ProposalRanking(List.of(expert(1, true, true, 2), booked), 180, 20)
            .best(MONDAY, FRIDAY)
            .isEmpty());
  }

  @Test
  void aBigGroupGetsAPair() {
    List<Proposal> proposals =
        new ProposalRanking(List.of(expert(1, true, false, 8), expert(2, true, false, 8)), 90, 60)
            .best(MONDAY, FRIDAY);
    assertEquals(2, proposals.get(0).experts().size());
  }

  @Test
  void theLessBookedComesFirstForAFairSpread() {
    LocalDateTime lastWeek = MONDAY.minusWeeks(1).atTime(9, 0);
    Candidate busier =
        withBookings(
            expert(1, true, false, 8), List.of(new TimeSlot(lastWeek, lastWeek.plusHours(6))));
    List<Proposal> proposals =
        new ProposalRanking(List.of(busier, expert(2, true, false, 8)), 90, 20)
            .best(MONDAY, FRIDAY);
    assertEquals(2L, proposals.get(0).experts().get(0).id());
  }
}
