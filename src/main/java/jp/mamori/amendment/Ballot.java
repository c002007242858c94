package jp.mamori.amendment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One committee member's ballot on an amendment: created with the member's vote task, cast once by that member
 * (unique per amendment and voter in the database).
 */
@Table("amendment_ballot")
public class Ballot {

  public static final String FOR = "for";
  public static final String AGAINST = "against";
  public static final String ABSTAIN = "abstain";

  @Id
  private Long id;

  @Column("amendment_id")
  private Long amendmentId;

  private String voter;

  @Column("task_id")
  private String taskId;

  private String vote;

  @Column("voted_at")
  private Instant votedAt;

  protected Ballot() {}

  Ballot(Long amendmentId, String voter, String taskId) {
    this.amendmentId = amendmentId;
    this.voter = voter;
    this.taskId = taskId;
  }

  void open(String taskId) {
    this.taskId = taskId;
  }

  void cast(String vote, Instant at) {
    this.vote = vote;
    this.votedAt = at;
  }

  public String getVoter() {
    return voter;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getVote() {
    return vote;
  }

  public Instant getVotedAt() {
    return votedAt;
  }
}
