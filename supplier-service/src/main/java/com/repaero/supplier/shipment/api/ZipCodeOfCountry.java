package com.repaero.supplier.shipment.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The addressee's zip code has the format of its country (5 digits in France and its overseas departments). */
@Documented
@Constraint(validatedBy = ZipCodeOfCountry.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ZipCodeOfCountry {

    String message() default "{repaero.zip-code.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the violation on the zipCode field, so that the problem names it. */
    class Validator implements ConstraintValidator<ZipCodeOfCountry, AddresseeRequest> {
        private static final Set<String> FIVE_DIGITS = Set.of("FR", "MC", "GP", "MQ", "GF", "RE", "YT", "PM", "BL",
                "MF", "DE", "ES", "IT");

        @Override
        public boolean isValid(AddresseeRequest a, ConstraintValidatorContext context) {
            if (a == null || a.zipCode() == null || a.zipCode().isBlank() || a.countryCode() == null) {
                return true; // @NotBlank reports those
            }
            boolean valid = FIVE_DIGITS.contains(a.countryCode())
                    ? a.zipCode().matches("[0-9]{5}")
                    : a.zipCode().matches("[A-Za-z0-9][A-Za-z0-9 -]{1,9}");
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("zipCode").addConstraintViolation();
            }
            return valid;
        }
    }
}
