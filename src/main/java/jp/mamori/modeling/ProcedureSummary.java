package jp.mamori.modeling;

import java.io.Serializable;

/** A procedure (process key) with its latest version, for the list on the versions page. */
public record ProcedureSummary(String key, String name, int latestVersion, long versions, long running)
    implements Serializable {
}
