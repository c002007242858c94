package jp.mamori.organization;

import java.util.Locale;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {
  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)
  @Query("select * from department where code = :code")
  Optional<Department> findByCode(@Param("code") String code);

  /** A department's name in the locale's language (Japanese without one), its code when unknown, null for null. */
  default String nameOf(String code, Locale locale) {
    return code == null ? null : findByCode(code).map(d -> d.name(locale)).orElse(code);
  }
}
