package com.repaero.supplier.bank.domain;

/**
 * Hands a pain.001 file to our bank. An interface because French banks often use EBICS rather than a plain HTTPS
 * upload; the implementation in use is chosen by CDI.
 */
public interface BankGateway {

    /** Sends the file; returns the bank's reference for it (may be empty), or throws a {@link BankException}. */
    String send(String messageId, String pain001);

    /** Why a file was not taken: refused by the bank (our file or our rights), no TLS session, or bank out of reach. */
    abstract sealed class BankException extends RuntimeException {

        BankException(String message, Throwable cause) {
            super(message, cause);
        }

        /** The bank answered and said no (4xx): retrying the same file will not help until fixed. */
        public static final class Refused extends BankException {
            public Refused(String message) {
                super(message, null);
            }
        }

        /**
         * The TLS handshake failed: our client certificate missing or not accepted, or the bank's certificate not
         * trusted. The file never left; sending again helps only once the certificates are put right.
         */
        public static final class TlsFailed extends BankException {
            public TlsFailed(String message, Throwable cause) {
                super(message, cause);
            }
        }

        /** Timeout, connection refused, 5xx: the file was not taken, the batch can be sent again. */
        public static final class Unavailable extends BankException {
            public Unavailable(String message, Throwable cause) {
                super(message, cause);
            }
        }
    }
}
