package jp.mamori.amendment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

  List<Ballot> findByAmendmentId(Long amendmentId);

  Optional<Ballot> findByTaskId(String taskId);

  Optional<Ballot> findByAmendmentIdAndVoter(Long amendmentId, String voter);
}
