package jp.mamori.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbBulkOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbEntityOperation;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.CollectionUtil;

/**
 * The variables one command deletes go to the database in one statement instead of one each (issue 18).
 *
 * <p>When a case ends the engine deletes its variables — 26 for a new purpose, the filing's fields of 第12条 among
 * them — each with its own {@code delete ... where ID_ = ? and REV_ = ?}: the revision is the engine's optimistic
 * lock, and a variable changed or deleted meanwhile by another transaction matches no row, so the command fails
 * with {@code OptimisticLockingException} and its transaction is rolled back. Here the deletes of one flush become
 * one statement naming the same rows with the same revisions, and the engine learns of a row that did not match
 * the same way: the statement must delete exactly as many rows as it names, or it fails as a concurrent
 * modification. The MariaDB driver cannot send the deletes as one bulk command instead: it then returns no count
 * per row, and the engine refuses a delete without its count (ADR 0048).
 */
final class VariableDeletesInOne {

  static final String STATEMENT = VariableDeletesInOne.class.getName() + ".deleteByIdAndRevision";

  /** Deletes named in one statement at most: a deleted process instance may have thousands of variables. */
  static final int MOST_PER_STATEMENT = 100;

  private VariableDeletesInOne() {
  }

  /** Adds the statement to the engine's MyBatis, with the engine's table prefix. */
  static void addStatement(Configuration mybatis) {
    SqlSource source = mybatis.getDefaultScriptingLanguageInstance().createSqlSource(mybatis,
        "<script>delete from ${prefix}ACT_RU_VARIABLE where "
            + "<foreach collection=\"variables\" item=\"v\" separator=\" or \">"
            + "(ID_ = #{v.id} and REV_ = #{v.revision})</foreach></script>", Map.class);
    mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT, source, SqlCommandType.DELETE).build());
  }

  /** Replaces the flush's deletes of single variables by statements that each delete up to a hundred. */
  static void merge(DbOperationManager operations) {
    SortedSet<DbEntityOperation> deletes = operations.deletes.get(VariableInstanceEntity.class);
    if (deletes == null || deletes.size() < 2) {
      return;
    }
    List<DbEntityOperation> single = new ArrayList<>(deletes);
    deletes.clear();
    for (List<DbEntityOperation> part : CollectionUtil.partition(single, MOST_PER_STATEMENT)) {
      if (part.size() == 1) {
        deletes.add(part.get(0));
      } else {
        operations.addOperation(new CountedDelete(part));
      }
    }
  }

  /** One statement for several variables' deletes, failing like them when a row did not match. */
  static final class CountedDelete extends DbBulkOperation {

    private final int named;

    CountedDelete(List<DbEntityOperation> deletes) {
      super(DbOperationType.DELETE_BULK, VariableInstanceEntity.class, STATEMENT,
          Map.of("variables", deletes.stream().map(DbEntityOperation::getEntity).toList()));
      this.named = deletes.size();
    }

    @Override
    public void setState(State state) {
      // the engine sets the rows deleted, then the state: fewer rows than named is the engine's own failure of a
      // single delete, a concurrent modification
      boolean rowMissing = state == State.APPLIED && getRowsAffected() != named;
      super.setState(rowMissing ? State.FAILED_CONCURRENT_MODIFICATION : state);
    }
  }
}
