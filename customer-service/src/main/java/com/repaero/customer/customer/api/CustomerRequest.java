package com.repaero.customer.customer.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.customer.domain.CustomerDetails;
import com.repaero.customer.customer.domain.PaymentTerms;
import com.repaero.platform.validation.CountryCode;
import com.repaero.platform.validation.FrenchCompanyIds;
import com.repaero.platform.validation.Siren;
import com.repaero.platform.validation.Siret;

/** Body of a customer registration, and of an update (which replaces every field; a SIREN, once set, stays). */
@Schema(name = "CustomerRequest", description = "A customer's master data")
@CustomerRequest.Consistent
public record CustomerRequest(
        @Schema(examples = "Avia Sud Maintenance SAS") @NotBlank @Size(max = 200) String legalName,
        @Schema(examples = "732829320", description = "SIREN, 9 digits with a Luhn key; mandatory when country is FR") @Siren String siren,
        @Schema(examples = "73282932000074", description = "SIRET of the establishment: the SIREN, 5 digits, a Luhn key") @Siret String siret,
        @Schema(examples = "FR44732829320", description = "Intra-EU VAT number; a French one must be the SIREN's") @Size(max = 14) String vatNumber,
        @Schema(examples = "FR", description = "ISO 3166-1 alpha-2 country of the company; FR when absent") @CountryCode String country,
        @Valid AddressData billingAddress,
        @Schema(description = "Absent when it is the billing address") @Valid AddressData deliveryAddress,
        @Schema(examples = "compta@aviasud.fr") @Email @Size(max = 254) String email,
        @Schema(examples = "+33561000000", description = "E.164") @Pattern(regexp = "\\+[1-9]\\d{1,14}", message = "{repaero.phone.invalid}") String phone,
        @Schema(examples = "DAYS_30_END_OF_MONTH") PaymentTerms paymentTerms,
        @Schema(examples = "Flotte de 4 TB20, hangar à Francazal") @Size(max = 4000) String notes,
        @Size(max = 50) List<@Valid @NotNull ContactData> contacts) {

    public CustomerDetails toDetails() {
        return new CustomerDetails(legalName, blankToNull(siren), blankToNull(siret), blankToNull(vatNumber),
                country, billingAddress == null ? null : billingAddress.toValue(),
                deliveryAddress == null ? null : deliveryAddress.toValue(), blankToNull(email), phone, paymentTerms,
                blankToNull(notes), contacts == null ? null : contacts.stream().map(ContactData::toDetails).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The cross-field rules a client can fix in the form, reported on the field to fix: a French company has a SIREN,
     * the SIRET and a French VAT number are the SIREN's, a foreign VAT number has the EU shape.
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
        class Validator implements ConstraintValidator<Consistent, CustomerRequest> {
            @Override
            public boolean isValid(CustomerRequest request, ConstraintValidatorContext context) {
                if (request == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                String siren = blankToNull(request.siren());
                boolean french = request.country() == null || "FR".equals(request.country());
                if (french && siren == null) {
                    valid = violation(context, "siren", "{repaero.siren.required}");
                }
                String siret = blankToNull(request.siret());
                if (siret != null && siren != null && FrenchCompanyIds.isValidSiret(siret)
                        && !siret.startsWith(siren)) {
                    valid = violation(context, "siret", "{repaero.siret.not-of-siren}");
                }
                String vat = blankToNull(request.vatNumber());
                if (vat != null) {
                    if (vat.startsWith("FR")) {
                        if (!FrenchCompanyIds.isValidVatNumber(vat)) {
                            valid = violation(context, "vatNumber", "{repaero.vat-number.invalid}");
                        } else if (siren != null && !vat.endsWith(siren)) {
                            valid = violation(context, "vatNumber", "{repaero.vat-number.not-of-siren}");
                        }
                    } else if (!vat.matches("[A-Z]{2}[0-9A-Z+*]{2,12}")) {
                        valid = violation(context, "vatNumber", "{repaero.vat-number.eu-invalid}");
                    }
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
