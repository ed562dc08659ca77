package fi.opeverkko.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that uses the portal from outside, as a browser or an HTTP client does, on the one
 * portal deployment all such classes share ({@link SharedPortal}). Arquillian still runs the
 * server; the class declares no deployment of its own. These classes run after the in-container
 * ones ({@link TestClassOrder}), so the portal is deployed once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedPortal.class)
public @interface OnSharedPortal {}
