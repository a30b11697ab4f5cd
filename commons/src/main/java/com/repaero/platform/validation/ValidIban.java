package com.repaero.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A valid IBAN (country, length, mod-97 check digits); spaces allowed as printed on a RIB. Null is valid. */
@Documented
@Constraint(validatedBy = ValidIban.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIban {

    String message() default "{repaero.iban.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to {@link Iban#isValid(String)}. */
    class Validator implements ConstraintValidator<ValidIban, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Iban.isValid(value);
        }
    }
}
