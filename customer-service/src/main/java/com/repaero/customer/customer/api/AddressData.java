package com.repaero.customer.customer.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.repaero.customer.customer.domain.PostalAddress;
import com.repaero.platform.validation.CountryCode;

/** A postal address of a customer, in requests and responses. */
@Schema(name = "CustomerAddress", description = "French postal codes have 5 digits")
@AddressData.PostalCodeOfCountry
public record AddressData(
        @Schema(examples = "Aéroport de Toulouse-Francazal, Hangar 3") @NotBlank @Size(max = 200) String line1,
        @Schema(examples = "BP 40012") @Size(max = 200) String line2,
        @Schema(examples = "31270") @NotBlank @Size(max = 20) String postalCode,
        @Schema(examples = "Cugnaux") @NotBlank @Size(max = 100) String city,
        @Schema(examples = "FR", description = "ISO 3166-1 alpha-2") @NotBlank @CountryCode String country) {

    public PostalAddress toValue() {
        return new PostalAddress(line1.strip(), line2 == null || line2.isBlank() ? null : line2.strip(),
                postalCode.strip(), city.strip(), country);
    }

    static AddressData of(PostalAddress a) {
        return a == null ? null : new AddressData(a.line1(), a.line2(), a.postalCode(), a.city(), a.countryCode());
    }

    /** In France the postal code is exactly 5 digits. */
    @Documented
    @Constraint(validatedBy = PostalCodeOfCountry.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface PostalCodeOfCountry {

        String message() default "{repaero.postal-code.invalid}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Reports the violation on {@code postalCode}, so the client knows which field to fix. */
        class Validator implements ConstraintValidator<PostalCodeOfCountry, AddressData> {
            @Override
            public boolean isValid(AddressData address, ConstraintValidatorContext context) {
                if (address == null || address.postalCode() == null || !"FR".equals(address.country())
                        || address.postalCode().strip().matches("\\d{5}")) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("postalCode").addConstraintViolation();
                return false;
            }
        }
    }
}
