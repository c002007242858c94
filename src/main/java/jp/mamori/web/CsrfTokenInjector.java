package jp.mamori.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Adds a {@link CsrfTokenField} to every form when it enters the view (registered in faces-config.xml), so no page
 * can forget it and CSRF protection stays on for the whole app.
 */
public class CsrfTokenInjector implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    for (UIComponent child : form.getChildren()) {
      if (child instanceof CsrfTokenField) {
        return;
      }
    }
    form.getChildren().add(new CsrfTokenField());
  }
}
