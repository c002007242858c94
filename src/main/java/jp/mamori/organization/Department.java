package jp.mamori.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Locale;

@Entity
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(name = "name_ja", nullable = false)
  private String nameJa;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "information_manager")
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
