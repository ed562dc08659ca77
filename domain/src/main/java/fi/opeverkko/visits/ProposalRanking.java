package fi.opeverkko.visits;

import fi.opeverkko.platform.WorkingDays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks who could give a visit and when, on facts already read: tries the working days of the
 * school's preferred dates at the usual starting times, keeps the experts free then with enough of
 * their week's reserved hours left (the same rules as booking), and orders them by the school's
 * teaching language first, then the area of the city, the hours left that week, how little they are
 * booked in the term compared with the team (a fair spread) and how soon.
 */
final class ProposalRanking {

  /** How many proposals a leader is shown. */
  static final int PROPOSALS = 3;

  /** From this many participants a pair of experts goes. */
  static final int PAIR_FROM_PARTICIPANTS = 40;

  /** The most working days of a long preferred window that are tried. */
  static final int MOST_DAYS = 60;

  private static final List<LocalTime> STARTS =
      List.of(
          LocalTime.of(8, 0),
          LocalTime.of(9, 0),
          LocalTime.of(10, 0),
          LocalTime.of(12, 0),
          LocalTime.of(13, 0),
          LocalTime.of(14, 0));

  private static final LocalTime LATEST_END = LocalTime.of(17, 0);

  private static final double LANGUAGE_WEIGHT = 100;
  private static final double AREA_WEIGHT = 20;
  private static final double SPREAD_WEIGHT = 20;
  private static final double HOURS_LEFT_WEIGHT = 10;
  private static final double DAY_WEIGHT = 0.2;

  /**
   * An expert of the team who gives the topic, with what ranks them.
   *
   * @param id the expert
   * @param name their name
   * @param givesTopic whether they give the requested catalogue topic
   * @param speaksSchoolLanguage whether they work in the school's teaching language
   * @param sameArea whether they work from the school's area
   * @param reservedWeekly the hours a week reserved for the team
   * @param booked their booked visits around the preferred dates (every team's)
   */
  record Candidate(
      long id,
      String name,
      boolean givesTopic,
      boolean speaksSchoolLanguage,
      boolean sameArea,
      double reservedWeekly,
      List<TimeSlot> booked) {

    /** Hours booked in the term of the day. */
    double bookedInTerm(Term term) {
      return booked.stream()
          .filter(slot -> term.contains(slot.startsAt().toLocalDate()))
          .mapToDouble(TimeSlot::hours)
          .sum();
    }

    /** The week's reserved hours left if the visit were booked; negative when over. */
    double hoursLeftWith(TimeSlot visit) {
      Week week = Week.of(visit.startsAt().toLocalDate());
      double bookedInWeek =
          booked.stream()
              .filter(slot -> week.contains(slot.startsAt().toLocalDate()))
              .mapToDouble(TimeSlot::hours)
              .sum();
      return reservedWeekly - bookedInWeek - visit.hours();
    }

    boolean freeAt(TimeSlot visit) {
      return booked.stream().noneMatch(visit::overlaps) && hoursLeftWith(visit) >= 0;
    }
  }

  private final List<Candidate> candidates;
  private final int durationMinutes;
  private final boolean pair;

  ProposalRanking(List<Candidate> candidates, int durationMinutes, int participants) {
    this.candidates = List.copyOf(candidates);
    this.durationMinutes = durationMinutes;
    this.pair = participants >= PAIR_FROM_PARTICIPANTS;
  }

  /** The best proposals from {@code from} to {@code until}, different experts first. */
  List<Proposal> best(LocalDate from, LocalDate until) {
    List<Proposal> all = new ArrayList<>();
    int day = 0;
    for (LocalDate date = from; !date.isAfter(until) && day < MOST_DAYS; date = date.plusDays(1)) {
      if (WorkingDays.isWorkingDay(date)) {
        for (LocalTime start : STARTS) {
          LocalDateTime startsAt = date.atTime(start);
          LocalDateTime endsAt = startsAt.plusMinutes(durationMinutes);
          if (endsAt.toLocalDate().equals(date) && !endsAt.toLocalTime().isAfter(LATEST_END)) {
            all.addAll(proposalsAt(new TimeSlot(startsAt, endsAt), day));
          }
        }
        day++;
      }
    }
    all.sort(Comparator.comparingDouble(Proposal::score).reversed());
    return pickDifferentExpertsFirst(all);
  }

  /**
   * The proposals at the time: each of the best few experts free then, or pairs of them for a big
   * group (a few per time keep the choice wide without weighing every combination).
   */
  private List<Proposal> proposalsAt(TimeSlot visit, int day) {
    Term term = Term.of(visit.startsAt().toLocalDate());
    double mostBookedInTerm =
        candidates.stream().mapToDouble(c -> c.bookedInTerm(term)).max().orElse(0);
    List<Scored> best =
        candidates.stream()
            .filter(c -> c.freeAt(visit))
            .map(c -> scored(c, visit, term, mostBookedInTerm))
            .sorted(Comparator.comparingDouble(Scored::score).reversed())
            .limit(PROPOSALS)
            .toList();
    List<Proposal> proposals = new ArrayList<>();
    for (int i = 0; i < best.size(); i++) {
      if (!pair) {
        proposals.add(proposal(visit, day, best.get(i)));
      }
      for (int j = i + 1; pair && j < best.size(); j++) {
        proposals.add(proposal(visit, day, best.get(i), best.get(j)));
      }
    }
    return proposals;
  }

  private static Proposal proposal(TimeSlot visit, int day, Scored... experts) {
    double score = Arrays.stream(experts).mapToDouble(Scored::score).sum() - DAY_WEIGHT * day;
    return new Proposal(
        Arrays.stream(experts).map(Scored::expert).toList(),
        visit.startsAt(),
        visit.endsAt(),
        score);
  }

  private record Scored(ProposedExpert expert, double score) {}

  private static Scored scored(
      Candidate candidate, TimeSlot visit, Term term, double mostBookedInTerm) {
    double hoursLeft = candidate.hoursLeftWith(visit);
    double bookedInTerm = candidate.bookedInTerm(term);
    double score =
        (candidate.speaksSchoolLanguage() ? LANGUAGE_WEIGHT : 0)
            + (candidate.sameArea() ? AREA_WEIGHT : 0)
            + HOURS_LEFT_WEIGHT * hoursLeft / candidate.reservedWeekly()
            + SPREAD_WEIGHT * (mostBookedInTerm == 0 ? 1 : 1 - bookedInTerm / mostBookedInTerm);
    return new Scored(
        new ProposedExpert(
            candidate.id(),
            candidate.name(),
            candidate.givesTopic(),
            candidate.speaksSchoolLanguage(),
            candidate.sameArea(),
            hoursLeft,
            bookedInTerm),
        score);
  }

  /**
   * The best proposal of each different expert (or pair) first, so the leader has a real choice;
   * then the next best times of the same experts, when fewer are free.
   */
  private static List<Proposal> pickDifferentExpertsFirst(List<Proposal> sorted) {
    List<Proposal> picked = new ArrayList<>();
    Set<List<Long>> seen = new HashSet<>();
    for (Proposal proposal : sorted) {
      if (picked.size() < PROPOSALS && seen.add(expertIds(proposal))) {
        picked.add(proposal);
      }
    }
    for (Proposal proposal : sorted) {
      if (picked.size() < PROPOSALS && !picked.contains(proposal)) {
        picked.add(proposal);
      }
    }
    picked.sort(Comparator.comparingDouble(Proposal::score).reversed());
    return List.copyOf(picked);
  }

  private static List<Long> expertIds(Proposal proposal) {
    return proposal.experts().stream().map(ProposedExpert::id).sorted().toList();
  }
}
