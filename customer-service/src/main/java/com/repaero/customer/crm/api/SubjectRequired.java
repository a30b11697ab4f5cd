package com.repaero.customer.crm.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An activity or note is about a customer or an opportunity (or both); reported on {@code customerId}. */
@Documented
@Constraint(validatedBy = SubjectRequired.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface SubjectRequired {

    String message() default "{repaero.activity.no-subject}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the constraint reads. */
    interface Linked {
        Long customerId();

        Long opportunityId();
    }

    /** Checks that one of the two ids is there. */
    class Validator implements ConstraintValidator<SubjectRequired, Linked> {
        @Override
        public boolean isValid(Linked value, ConstraintValidatorContext context) {
            if (value == null || value.customerId() != null || value.opportunityId() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("customerId").addConstraintViolation();
            return false;
        }
    }
}
