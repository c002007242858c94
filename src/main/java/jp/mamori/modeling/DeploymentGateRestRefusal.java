package jp.mamori.modeling;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A deployment the gate refused inside the engine, answered over {@code /engine-rest} with the gate's body: 400, the
 * problems one by one in Japanese and English ({@link GateRefusal}). Registered by {@link DeploymentGateConfiguration};
 * Jersey prefers it to the mappers of the engine's general exception types.
 */
@Priority(Priorities.USER - 100)
class DeploymentGateRestRefusal implements ExceptionMapper<DeploymentGateException> {

  @Context
  private HttpHeaders headers;

  @Override
  public Response toResponse(DeploymentGateException refusal) {
    String acceptLanguage = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(GateRefusal.json(refusal.problems(), acceptLanguage))
        .build();
  }
}
