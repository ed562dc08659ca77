package fi.opeverkko.plans;

/**
 * A plan took a step of its life; announced at the end of the step, in its transaction, so the
 * emails about it are queued with it.
 */
public record PlanChanged(Long planId, PlanAction action) {}
