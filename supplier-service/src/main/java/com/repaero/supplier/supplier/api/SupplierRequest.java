package com.repaero.supplier.supplier.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.platform.validation.FrenchCompanyIds;
import com.repaero.platform.validation.FrenchVatNumber;
import com.repaero.platform.validation.Siren;
import com.repaero.platform.validation.Siret;
import com.repaero.supplier.supplier.domain.PaymentTerms;
import com.repaero.supplier.supplier.domain.SupplierDetails;

/** Body of a supplier registration, and of an update (which replaces every field; the SIREN cannot change). */
@Schema(name = "SupplierRequest", description = "A supplier's master data")
@SupplierRequest.Consistent
public record SupplierRequest(
        @Schema(examples = "Aéro Pièces SAS") @NotBlank @Size(max = 200) String legalName,
        @Schema(examples = "732829320", description = "SIREN, 9 digits with a Luhn key") @NotBlank @Siren String siren,
        @Schema(examples = "73282932000074", description = "Head office SIRET: the SIREN, 5 digits, a Luhn key") @Siret String siret,
        @Schema(examples = "FR44732829320") @FrenchVatNumber String vatNumber,
        @Schema(examples = "achats@aeropieces.fr") @Email @Size(max = 254) String email,
        @Schema(examples = "DAYS_45_END_OF_MONTH") PaymentTerms paymentTerms,
        @Size(max = 3) List<@Valid @NotNull AddressData> addresses,
        @Size(max = 20) List<@Valid @NotNull ContactData> contacts,
        @Size(max = 5) List<@Valid @NotNull BankAccountData> bankAccounts,
        @Schema(examples = "[\"rotables\", \"ATA 32\"]", description = "Free tags") @Size(max = 20) List<@NotBlank @Size(max = 50) String> categories) {

    public SupplierDetails toDetails() {
        return new SupplierDetails(legalName, siren, siret, vatNumber, email, paymentTerms,
                addresses == null ? null : addresses.stream().map(AddressData::toDetails).toList(),
                contacts == null ? null : contacts.stream().map(ContactData::toDetails).toList(),
                bankAccounts == null ? null : bankAccounts.stream().map(BankAccountData::toDetails).toList(),
                categories);
    }

    /**
     * The cross-field rules a client can fix in the form, reported on the field to fix: the SIRET belongs to the
     * SIREN, one address per kind, exactly one default bank account.
     */
    @Documented
    @Constraint(validatedBy = Consistent.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Consistent {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Adds one violation per broken rule. */
        class Validator implements ConstraintValidator<Consistent, SupplierRequest> {
            @Override
            public boolean isValid(SupplierRequest request, ConstraintValidatorContext context) {
                if (request == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (request.siret() != null && request.siren() != null && FrenchCompanyIds.isValidSiret(request.siret())
                        && !request.siret().startsWith(request.siren())) {
                    valid = violation(context, "siret", "{repaero.siret.not-of-siren}");
                }
                if (request.addresses() != null) {
                    Set<Object> kinds = new HashSet<>();
                    if (request.addresses().stream()
                            .anyMatch(a -> a != null && a.kind() != null && !kinds.add(a.kind()))) {
                        valid = violation(context, "addresses", "{repaero.addresses.duplicate-kind}");
                    }
                }
                if (request.bankAccounts() != null && !request.bankAccounts().isEmpty() && request.bankAccounts()
                        .stream().filter(b -> b != null && b.defaultAccount()).count() != 1) {
                    valid = violation(context, "bankAccounts", "{repaero.bank-accounts.one-default}");
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
