package jp.mamori.request;

import org.springframework.stereotype.Component;

/** The hospital's fee table (第31条), read once at start-up: a broken table stops the application with its row. */
@Component
public class FeeTables {

  private final FeeTable current;

  FeeTables(RequestSettings settings) {
    this.current = FeeTable.load(settings.getFeeTable());
  }

  public FeeTable current() {
    return current;
  }
}
