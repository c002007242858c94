package jp.mamori.request;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface RequestLetterRepository extends ListCrudRepository<RequestLetter, Long> {

  /** The request's letters, newest first, without their PDFs. */
  @Query("select id, template, created_at from patient_request_letter where request_id = :requestId"
      + " order by id desc")
  List<LetterLink> linksOf(@Param("requestId") Long requestId);
}
