package jp.mamori.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestLetterRepository extends JpaRepository<RequestLetter, Long> {

  List<RequestLetter> findByRequestIdOrderByIdDesc(Long requestId);
}
