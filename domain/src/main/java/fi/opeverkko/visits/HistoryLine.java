package fi.opeverkko.visits;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of a visit's history as its page shows it: a step of its life, or an answer to its
 * feedback form (kept as feedback, not as a step, since it changes nothing of the visit).
 *
 * @param step the step, or null for feedback
 * @param feedback the feedback, or null for a step
 */
public record HistoryLine(LocalDateTime at, String who, VisitEvent step, VisitFeedback feedback) {

  /** The steps and the feedback in the order they happened. */
  static List<HistoryLine> of(List<VisitEvent> steps, List<VisitFeedback> feedback) {
    return Stream.concat(
            steps.stream().map(e -> new HistoryLine(e.getOccurredAt(), e.getActor(), e, null)),
            feedback.stream().map(f -> new HistoryLine(f.getGivenAt(), f.getGivenBy(), null, f)))
        .sorted(Comparator.comparing(HistoryLine::at))
        .toList();
  }
}
