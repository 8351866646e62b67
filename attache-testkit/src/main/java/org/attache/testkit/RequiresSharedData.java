package org.attache.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method only when the named paths exist in the shared data folder
 * ({@link SharedData}). Unlike an assumption in {@code @BeforeAll}, which Surefire reports as
 * "Tests run: 0, Skipped: 0", a class disabled by this condition is reported test by test as skipped,
 * with the missing path as the reason.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SharedDataCondition.class)
public @interface RequiresSharedData {
    /** Paths relative to the shared folder, e.g. {@code fixtures/seeds/pages}. */
    String[] value();
}
