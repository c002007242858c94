package jp.mamori.request;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface RequestLetterRepository extends ListCrudRepository<RequestLetter, Long> {

  List<RequestLetter> findByRequestIdOrderByIdDesc(Long requestId);
}
