/**
 * French company identifiers (SIREN, SIRET, intra-EU VAT number), IBAN and country codes: the checks and the Bean
 * Validation constraints. The constraints' messages ({@code repaero.siren.invalid}, {@code repaero.siret.invalid},
 * {@code repaero.vat-number.invalid}, {@code repaero.iban.invalid}, {@code repaero.country.invalid}) are resolved from each
 * service's own {@code ValidationMessages[_fr].properties}, the one bundle Hibernate Validator reads.
 */
package com.repaero.platform.validation;
