package fi.opeverkko.plans;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A month of a log: entries, hours and colleagues supported. */
public record MonthTotal(YearMonth month, long entries, BigDecimal hours, long colleagues)
    implements Serializable {}
