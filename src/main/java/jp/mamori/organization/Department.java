package jp.mamori.organization;

import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table
public class Department {

  @Id
  private Long id;

  private String code;

  @Column("name_ja")
  private String nameJa;

  @Column("name_en")
  private String nameEn;

  @Column("information_manager")
  private String informationManager;

  protected Department() {}

  public Department(String code, String nameJa, String nameEn) {
    this.code = code;
    this.nameJa = nameJa;
    this.nameEn = nameEn;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameJa() {
    return nameJa;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getInformationManager() {
    return informationManager;
  }

  public void setInformationManager(String informationManager) {
    this.informationManager = informationManager;
  }

  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
  }
}
