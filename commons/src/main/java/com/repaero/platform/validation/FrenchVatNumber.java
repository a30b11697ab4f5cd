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

/** A valid French intra-EU VAT number (FR + key + SIREN, key checked). Null is valid. */
@Documented
@Constraint(validatedBy = FrenchVatNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchVatNumber {

    String message() default "{repaero.vat-number.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format, the SIREN and the key. */
    class Validator implements ConstraintValidator<FrenchVatNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || FrenchCompanyIds.isValidVatNumber(value);
        }
    }
}
