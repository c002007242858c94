package jp.mamori.tasks.form;

/** A form file that is not valid JSON or not a form this application can use. */
public class InvalidFormException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidFormException(String message) {
    super(message);
  }

  public InvalidFormException(String message, Throwable cause) {
    super(message, cause);
  }
}
