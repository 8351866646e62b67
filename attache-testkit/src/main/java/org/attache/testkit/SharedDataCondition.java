package org.attache.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The condition behind {@link RequiresSharedData}. */
public final class SharedDataCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        Optional<RequiresSharedData> requires = element.flatMap(
                e -> AnnotationSupport.findAnnotation(e, RequiresSharedData.class));
        if (requires.isEmpty()) {
            return ConditionEvaluationResult.enabled("no shared data required");
        }
        for (String path : requires.get().value()) {
            if (!SharedData.has(path)) {
                return ConditionEvaluationResult.disabled("skipped: the shared data folder has no " + path + " ("
                        + SharedData.resolve(path).toAbsolutePath().normalize()
                        + "; it is the project's benchmark and seed data, absent from a user's clone)");
            }
        }
        return ConditionEvaluationResult.enabled("shared data present");
    }
}
