package fi.opeverkko.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of a bounded context as part of its published face: what the other contexts may
 * use. A context publishes its services, read-only values (records, enums), its rule exception and
 * the few entities others hold as references (a visit's school). Everything unmarked is the
 * context's own business and may change without telling anyone. Other contexts read a published
 * entity and hold it in their associations, but find it only through the owner's services and never
 * create or change it: the architecture rules (web's {@code fi.opeverkko.architecture}) hold every
 * class to that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Published {}
