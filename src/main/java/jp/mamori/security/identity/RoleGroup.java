package jp.mamori.security.identity;

import org.camunda.bpm.engine.identity.Group;

/** A role as the engine sees it when the directory is on: the role's group id, name and type. */
final class RoleGroup implements Group {

  private static final long serialVersionUID = 1L;

  private String id;
  private String name;
  private String type;

  RoleGroup(String id) {
    this.id = id;
    this.name = RoleMapping.groupName(id);
    this.type = RoleMapping.groupType(id);
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public void setId(String id) {
    this.id = id;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void setName(String name) {
    this.name = name;
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public void setType(String type) {
    this.type = type;
  }
}
