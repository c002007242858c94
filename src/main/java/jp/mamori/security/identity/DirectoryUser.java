package jp.mamori.security.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;

/** A person as the directory has them; never saved (the directory is read-only), and without a password. */
final class DirectoryUser implements User {

  private static final long serialVersionUID = 1L;

  private String id;
  private String firstName;
  private String lastName;
  private String email;
  private final List<String> memberOf;

  DirectoryUser(String id, String firstName, String lastName, String email, List<String> memberOf) {
    this.id = id;
    this.firstName = firstName;
    this.lastName = lastName;
    this.email = email;
    this.memberOf = List.copyOf(memberOf);
  }

  /** The DNs of the directory groups the user belongs to. */
  List<String> memberOf() {
    return memberOf;
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
  public String getFirstName() {
    return firstName;
  }

  @Override
  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  @Override
  public String getLastName() {
    return lastName;
  }

  @Override
  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  @Override
  public String getEmail() {
    return email;
  }

  @Override
  public void setEmail(String email) {
    this.email = email;
  }

  @Override
  public String getPassword() {
    return null;
  }

  @Override
  public void setPassword(String password) {
    // the directory keeps the passwords
  }
}
