package jp.mamori.provision.registry;

import java.time.LocalDate;

/** What is entered for a receipt of data from another provider (APPI 30条). */
public record ReceiptForm(LocalDate receivedOn, String provider, String providerAddress, String howObtained,
    String patientNumbers, String dataItems) {
}
