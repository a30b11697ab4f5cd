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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.crm.domain.StageService;

/** A pipeline stage as admin defines it. */
@Schema(name = "StageRequest")
@StageRequest.OneOutcome
public record StageRequest(
        @Schema(examples = "Devis envoyé") @NotBlank @Size(max = 100) String name,
        @Schema(examples = "30", description = "Order on the board, ascending") @NotNull @Min(0) @Max(1_000_000) Integer position,
        @Schema(examples = "50", description = "Chance of winning, in percent") @NotNull @Min(0) @Max(100) Integer probability,
        @Schema(description = "Reaching it wins the deal") boolean won,
        @Schema(description = "Reaching it loses the deal") boolean lost) {

    StageService.StageDetails toDetails() {
        return new StageService.StageDetails(name, position, probability, won, lost);
    }

    /** A stage wins or loses, not both; reported on {@code lost}. */
    @Documented
    @Constraint(validatedBy = OneOutcome.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface OneOutcome {

        String message() default "{repaero.stage.won-and-lost}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks the two flags. */
        class Validator implements ConstraintValidator<OneOutcome, StageRequest> {
            @Override
            public boolean isValid(StageRequest request, ConstraintValidatorContext context) {
                if (request == null || !(request.won() && request.lost())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("lost").addConstraintViolation();
                return false;
            }
        }
    }
}
