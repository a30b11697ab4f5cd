package com.repaero.supplier.supplier.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.supplier.supplier.domain.ApprovalStatus;
import com.repaero.supplier.supplier.domain.SupplierService;

/** An approval decision on a supplier. */
@Schema(name = "ApprovalRequest", description = "APPROVED needs a scope and an expiry date after today; approvedUntil is ignored otherwise")
@ApprovalRequest.Consistent
public record ApprovalRequest(
        @Schema(examples = "APPROVED") @NotNull ApprovalStatus status,
        @Schema(examples = "Rotables ATA 32, EASA Form 1") @Size(max = 500) String scope,
        @Schema(examples = "2027-11-30", description = "Last day of validity") LocalDate approvedUntil,
        @Schema(examples = "Audit fournisseur du 12/11/2026 satisfaisant") @NotBlank @Size(max = 1000) String reason) {

    /** An approval has a scope and runs until a day after today (Europe/Paris), reported on the field to fix. */
    @Documented
    @Constraint(validatedBy = Consistent.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Consistent {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks APPROVED decisions only. */
        class Validator implements ConstraintValidator<Consistent, ApprovalRequest> {
            @Override
            public boolean isValid(ApprovalRequest request, ConstraintValidatorContext context) {
                if (request == null || request.status() != ApprovalStatus.APPROVED) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (request.scope() == null || request.scope().isBlank()) {
                    context.buildConstraintViolationWithTemplate("{repaero.approval.scope-required}")
                            .addPropertyNode("scope").addConstraintViolation();
                    valid = false;
                }
                if (request.approvedUntil() == null
                        || !request.approvedUntil().isAfter(LocalDate.now(SupplierService.ZONE))) {
                    context.buildConstraintViolationWithTemplate("{repaero.approval.expiry-in-future}")
                            .addPropertyNode("approvedUntil").addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }
}
