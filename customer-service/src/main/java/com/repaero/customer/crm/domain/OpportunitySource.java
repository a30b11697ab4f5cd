package com.repaero.customer.crm.domain;

/** Where an opportunity came from; BOOKING is set by the public booking page only. */
public enum OpportunitySource {
    MANUAL, PHONE, EMAIL, WEBSITE, REFERRAL, TRADE_SHOW, BOOKING, IMPORT
}
