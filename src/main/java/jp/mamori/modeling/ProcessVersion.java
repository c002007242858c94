package jp.mamori.modeling;

import java.io.Serializable;
import java.util.Date;

/**
 * One deployed version of a procedure: who put it live and when ({@code deployedBy} null for the start-up
 * deployment from processes/), and how many cases still run on it.
 */
public record ProcessVersion(String definitionId, String key, String name, int version, String deploymentId,
    String deploymentName, String source, Date deployedAt, String deployedBy, long running) implements Serializable {
}
