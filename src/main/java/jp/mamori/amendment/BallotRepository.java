package jp.mamori.amendment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BallotRepository extends ListCrudRepository<Ballot, Long> {

  List<Ballot> findByAmendmentId(Long amendmentId);

  Optional<Ballot> findByTaskId(String taskId);

  Optional<Ballot> findByAmendmentIdAndVoter(Long amendmentId, String voter);
}
