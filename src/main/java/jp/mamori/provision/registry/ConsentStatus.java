package jp.mamori.provision.registry;

/** A consent of 別紙3: in force (perhaps narrowed by a partial withdrawal, 別紙4), or withdrawn as a whole. */
public enum ConsentStatus {
  ACTIVE, WITHDRAWN
}
