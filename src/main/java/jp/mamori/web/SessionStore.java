package jp.mamori.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Sessions in the database (Spring Session JDBC, ADR 0034): every request of a session may land on another node,
 * which reads the session's attributes from the database and deserializes them. The page beans in a session (view
 * scope lives in the session) keep their Spring services in {@code transient} fields, so the services are not
 * written; this deserializer gives them back the services of the node that reads them ({@link ServiceReattachment}),
 * so a bean written on one node works on the next. Spring Session takes this conversion service by its bean name.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

  @Bean("springSessionConversionService")
  ConversionService springSessionConversionService(ApplicationContext context) {
    ServiceReattachment reattachment = new ServiceReattachment(context);
    ClassLoader classLoader = context.getClassLoader();
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(byte[].class, Object.class, bytes -> read(bytes, classLoader, reattachment));
    return conversions;
  }

  private static Object read(byte[] bytes, ClassLoader classLoader, ServiceReattachment reattachment) {
    try (Reattaching in = new Reattaching(new ByteArrayInputStream(bytes), classLoader, reattachment)) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      // a session written by an older release with classes since changed: Spring Session reports it, the user logs
      // in again
      throw new SerializationFailedException("a session attribute could not be read", e);
    }
  }

  /** Java deserialization that hands each of the application's own objects to the reattachment once read. */
  private static final class Reattaching extends ConfigurableObjectInputStream {

    private final ServiceReattachment reattachment;

    Reattaching(InputStream in, ClassLoader classLoader, ServiceReattachment reattachment) throws IOException {
      super(in, classLoader);
      this.reattachment = reattachment;
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object object) {
      reattachment.reattach(object);
      return object;
    }
  }
}
