package com.repaero.customer.customer.domain;

/** A postal address; {@code countryCode} is ISO 3166-1 alpha-2 ({@code FR}). */
public record PostalAddress(String line1, String line2, String postalCode, String city, String countryCode) {
}
