package jp.mamori.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A Faces exception handler that answers one kind of failure itself (an expired view, the database away) and
 * leaves every other failure to the handler it wraps. Subclasses are registered in faces-config.xml.
 */
public abstract class FailureAnswering extends ExceptionHandlerFactory {

  protected FailureAnswering(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  /** Answers {@code thrown} and returns true when it is this handler's kind; false leaves it to the others. */
  protected abstract boolean answered(Throwable thrown, FacesContext context);

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
      @Override
      public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          if (answered(events.next().getContext().getException(), context)) {
            events.remove();
            context.responseComplete();
            return;
          }
        }
        super.handle();
      }
    };
  }
}
