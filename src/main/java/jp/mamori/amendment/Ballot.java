package jp.mamori.amendment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One committee member's ballot on an amendment: created with the member's vote task, cast once by that member
 * (unique per amendment and voter in the database).
 */
@Entity
@Table(name = "amendment_ballot")
public class Ballot {

  public static final String FOR = "for";
  public static final String AGAINST = "against";
  public static final String ABSTAIN = "abstain";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "amendment_id", nullable = false)
  private Long amendmentId;

  @Column(nullable = false)
  private String voter;

  @Column(name = "task_id")
  private String taskId;

  private String vote;

  @Column(name = "voted_at")
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
