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

/** A valid SIRET: 14 digits, a valid SIREN first, a correct key. Null is valid. */
@Documented
@Constraint(validatedBy = Siret.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Siret {

    String message() default "{repaero.siret.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format and the key. */
    class Validator implements ConstraintValidator<Siret, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FrenchCompanyIds.isValidSiret(value);
        }
    }
}
