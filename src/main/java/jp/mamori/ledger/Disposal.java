package jp.mamori.ledger;

import java.time.LocalDate;

/**
 * A disposal as its performer records it (第24条): when, by which registered contractor (checked by the procedure
 * against the contractor registry), the contractor's certificate number, a note; who is the login.
 */
public record Disposal(String performedBy, LocalDate disposedOn, Long contractorId, String contractorName,
    String certificateNo, String note) {}
