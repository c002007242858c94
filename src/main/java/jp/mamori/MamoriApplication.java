package jp.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Mamori: the hospital's Personal Information Management Regulation (個人情報管理規程) run as BPMN processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MamoriApplication {

  public static void main(String[] args) {
    SpringApplication.run(MamoriApplication.class, args);
  }
}
