package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.util.List;
import jp.mamori.testing.IntegrationTest;
import org.apache.ibatis.ognl.AbstractMemberAccess;
import org.apache.ibatis.ognl.NoSuchPropertyException;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's SQL conditions read properties as OGNL reads them, with the long search for a property without a
 * getter done once per class and name (issue 18, {@link RememberedPropertyLookups}).
 */
class RememberedPropertyLookupsTest extends IntegrationTest {

  private static final PropertyAccessor OGNLS_OWN = new ObjectPropertyAccessor();

  @Test
  @DisplayName("エンジンのSQLの条件は、ゲッターのないプロパティの探索を覚えるアクセサで読まれる")
  void theEnginesConditionsAreReadThroughTheRememberingAccessor() throws OgnlException {
    assertThat(OgnlRuntime.getPropertyAccessor(Probe.class)).isInstanceOf(RememberedPropertyLookups.Accessor.class);
  }

  @Test
  @DisplayName("ゲッター、読み取りメソッド、フィールドだけのプロパティを、OGNL自身と同じ値で読む")
  void everyKindOfPropertyReadsAsOgnlReadsIt() throws OgnlException {
    RememberedPropertyLookups.Accessor remembering = new RememberedPropertyLookups.Accessor();
    Probe probe = new Probe();

    for (String name : List.of("withGetter", "flag", "fieldOnly", "isMarked", "named", "nullGetter")) {
      Object own = OGNLS_OWN.getProperty(context(probe), probe, name);
      assertThat(remembering.getProperty(context(probe), probe, name)).as(name).isEqualTo(own);
      assertThat(remembering.getProperty(context(probe), probe, name)).as(name + ", remembered").isEqualTo(own);
    }
    assertThat(remembering.remembers(Probe.class, "fieldOnly")).isTrue();
    assertThat(remembering.remembers(Probe.class, "withGetter")).as("a getter stays OGNL's own").isFalse();
  }

  @Test
  @DisplayName("エンジンの権限検査の条件（フィールドだけのプロパティ）を、OGNL自身と同じ値で読む")
  void theEnginesAuthorizationCheckReadsAsOgnlReadsIt() throws OgnlException {
    RememberedPropertyLookups.Accessor remembering = new RememberedPropertyLookups.Accessor();
    ListQueryParameterObject query = new ListQueryParameterObject();
    AuthorizationCheck check = query.getAuthCheck();
    for (boolean enabled : new boolean[] {true, false}) {
      check.setAuthorizationCheckEnabled(enabled);
      assertThat(remembering.getProperty(context(check), check, "isAuthorizationCheckEnabled"))
          .isEqualTo(OGNLS_OWN.getProperty(context(check), check, "isAuthorizationCheckEnabled"))
          .isEqualTo(enabled);
    }
  }

  @Test
  @DisplayName("読み取りメソッドの例外と存在しないプロパティは、OGNL自身と同じく失敗する")
  void failuresAreOgnlsOwn() {
    RememberedPropertyLookups.Accessor remembering = new RememberedPropertyLookups.Accessor();
    Probe probe = new Probe();

    assertThatThrownBy(() -> remembering.getProperty(context(probe), probe, "failing"))
        .isInstanceOf(OgnlException.class).hasRootCauseMessage("read failed");
    assertThatThrownBy(() -> remembering.getProperty(context(probe), probe, "missing"))
        .isInstanceOf(NoSuchPropertyException.class);
    assertThatThrownBy(() -> OGNLS_OWN.getProperty(context(probe), probe, "missing"))
        .isInstanceOf(NoSuchPropertyException.class);
  }

  /** A context that reaches non-public members, as MyBatis's does. */
  private static OgnlContext context(Object root) {
    return Ognl.createDefaultContext(root, new AbstractMemberAccess() {
      @Override
      public Object setup(OgnlContext context, Object target, Member member, String name) {
        ((AccessibleObject) member).setAccessible(true);
        return null;
      }

      @Override
      public boolean isAccessible(OgnlContext context, Object target, Member member, String name) {
        return true;
      }
    });
  }

  /** Properties of every kind OGNL reads. */
  public static class Probe {
    private final String fieldOnly = "field";
    private final String withGetter = "getter";
    private final boolean flag = true;
    private final boolean isMarked = true;

    public String getWithGetter() {
      return withGetter;
    }

    public boolean isFlag() {
      return flag;
    }

    public String named() {
      return "read method";
    }

    public String getNullGetter() {
      return null;
    }

    public String failing() {
      throw new IllegalStateException("read failed");
    }
  }
}
