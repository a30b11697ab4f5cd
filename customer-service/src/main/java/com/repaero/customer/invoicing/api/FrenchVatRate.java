package com.repaero.customer.invoicing.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.repaero.customer.invoicing.domain.VatRates;

/** One of the French VAT rates: 20, 10, 5.5, 2.1 or 0 (null is left to @NotNull). */
@Documented
@Constraint(validatedBy = FrenchVatRate.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchVatRate {

    String message() default "{repaero.vat-rate.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rate against {@link VatRates#ALLOWED}. */
    class Validator implements ConstraintValidator<FrenchVatRate, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || VatRates.isAllowed(value);
        }
    }
}
