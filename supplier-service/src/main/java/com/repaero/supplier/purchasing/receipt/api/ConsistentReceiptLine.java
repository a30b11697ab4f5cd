package com.repaero.supplier.purchasing.receipt.api;

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

import com.repaero.supplier.purchasing.receipt.domain.CertificateType;
import com.repaero.supplier.purchasing.receipt.domain.InspectionResult;

/**
 * The rules between fields of a received line, each reported on the field to fix: a quarantine needs a reason, a
 * certificate other than NONE needs its reference, and serial numbers, when given, are one per unit.
 */
@Documented
@Constraint(validatedBy = ConsistentReceiptLine.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentReceiptLine {

    String message() default "{repaero.receipt-line.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the three rules; fields with their own violations (null, wrong size) are left to those. */
    class Validator implements ConstraintValidator<ConsistentReceiptLine, ReceiptLineRequest> {
        @Override
        public boolean isValid(ReceiptLineRequest line, ConstraintValidatorContext context) {
            if (line == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (line.inspectionResult() == InspectionResult.QUARANTINED && isBlank(line.quarantineReason())) {
                valid = violation(context, "quarantineReason", "{repaero.receipt-line.quarantine-reason-required}");
            }
            if (line.certificateType() != null && line.certificateType() != CertificateType.NONE
                    && isBlank(line.certificateReference())) {
                valid = violation(context, "certificateReference",
                        "{repaero.receipt-line.certificate-reference-required}");
            }
            if (line.serialNumbers() != null && !line.serialNumbers().isEmpty() && line.quantity() != null
                    && line.quantity().compareTo(BigDecimal.valueOf(line.serialNumbers().size())) != 0) {
                valid = violation(context, "serialNumbers", "{repaero.receipt-line.one-serial-per-unit}");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
