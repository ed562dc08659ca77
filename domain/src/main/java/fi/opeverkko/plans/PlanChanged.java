package fi.opeverkko.plans;

/** A plan took a step of its life; announced for the emails once the step is committed. */
public record PlanChanged(Long planId, PlanAction action) {}
