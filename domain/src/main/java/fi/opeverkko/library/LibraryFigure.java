package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * The library's use for one area and kind: the items found (not withdrawn) and their views and
 * downloads in a period.
 */
@Published
public record LibraryFigure(
    DevelopmentArea area, PracticeKind kind, long items, long views, long downloads)
    implements Serializable {}
