package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The only files the app serves as they are: the webjars its pages load (/webjars/**, e.g. bpmn-js on the versions
 * page). Spring Boot's default "/**" handler is off (spring.web.resources.add-mappings=false): it read from the
 * servlet context's root and META-INF/resources, where the Facelets pages live, and so answered
 * {@code /incident.xhtml/} with the page's source. Pages are served by the Faces servlet only; Camunda's webapps
 * map /camunda/** themselves.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new NoPageSources());
  }

  /** Whatever a webjar holds, a Facelets source is never a static file. */
  static final class NoPageSources extends PathResourceResolver {

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
        List<? extends Resource> locations, ResourceResolverChain chain) {
      return isPageSource(requestPath) ? null
          : super.resolveResourceInternal(request, requestPath, locations, chain);
    }

    static boolean isPageSource(String path) {
      return path.toLowerCase(Locale.ROOT).contains(".xhtml");
    }
  }
}
