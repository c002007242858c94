package jp.mamori.security;

import static jp.mamori.organization.Role.COMMITTEE;
import static jp.mamori.organization.Role.CORPORATE_OFFICER;
import static jp.mamori.organization.Role.EXECUTIVE;
import static jp.mamori.organization.Role.HANDLER;
import static jp.mamori.organization.Role.INFORMATION_MANAGER;
import static jp.mamori.organization.Role.MEDICAL_AFFAIRS_DESK;
import static jp.mamori.organization.Role.PROCESS_OWNER;
import static jp.mamori.organization.Role.SUPERVISING_MANAGER;
import static jp.mamori.organization.Role.SYSTEM_ADMIN;
import static jp.mamori.organization.Role.TOTAL_MANAGER;
import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * One login for everything (docs/adr/0002-one-login.md): form login and a session for the app and the Camunda
 * webapps, HTTP Basic for /engine-rest. Authorization is by role here and, underneath, by the engine's own
 * authorizations (see {@link EngineAuthorizations}).
 */
@Configuration
class SecurityConfiguration {

  static final String LOGIN_PAGE = "/login.xhtml";


  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, CurrentUser currentUser, EngineIdentity engineIdentity,
      ApiTokens apiTokens, StaffDirectory staff, SecondFactorSettings secondFactor, AuditTrail trail,
      IdentityServiceAuthenticationProvider identity, LoginThrottle throttle, Clock clock,
      AuthenticationEventPublisher events,
      @Value("${mamori.security.rest-login-cache:PT30S}") Duration restLoginCache) throws Exception {
    // HTTP Basic checks the password on every call: a success is remembered briefly (ADR 0036); its own manager,
    // without the global one as parent, so that a wrong password is checked (and counted) once
    ProviderManager restLogins = new ProviderManager(new RestLoginCache(identity, throttle, restLoginCache, clock));
    restLogins.setAuthenticationEventPublisher(events);
    // an ant matcher: the Jersey servlet at /engine-rest is invisible to Spring MVC's path matching
    http.securityMatcher(antMatcher("/engine-rest/**"))
        .authenticationManager(restLogins)
        .authorizeHttpRequests(a -> a
            .requestMatchers(EventTriggers.OVER_ENGINE_REST, CascadingDeploymentDeletion.OVER_ENGINE_REST,
                PasswordVerification.OVER_ENGINE_REST).denyAll()
            .anyRequest().authenticated())
        .httpBasic(b -> b.realmName("Mamori"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless HTTP Basic: no cookie is ever accepted here, so there is nothing to forge (ADR 0002)
        .csrf(c -> c.disable())
        // personal API tokens; a privileged role's password is refused while the second factor is on (ADR 0025)
        .addFilterBefore(new ApiTokenFilter(apiTokens, staff), BasicAuthenticationFilter.class)
        .addFilterAfter(new PrivilegedPasswordRefusal(secondFactor, trail), BasicAuthenticationFilter.class)
        .addFilterAfter(new RestEngineIdentityFilter(currentUser, engineIdentity), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(HttpSecurity http, @Value("${mamori.security.csp}") String csp,
      CamundaBpmProperties camunda, UserLanguage userLanguage, SecondFactorSettings secondFactor, Passkeys passkeys,
      WebAuthnRelyingPartyOperations relyingParty, AuditTrail trail, StaffDirectory staff, Clock clock,
      @Value("${mamori.security.session-roles:PT30S}") Duration sessionRoles) throws Exception {
    // passkeys (ADR 0025): Spring Security's registration and options endpoints; the passkey is only ever the second
    // step of a password login (PasskeyStep owns POST /login/webauthn; no user logs in by a passkey alone)
    http.setSharedObject(UserDetailsService.class, username -> {
      throw new UsernameNotFoundException("a passkey is a second factor only");
    });
    http.webAuthn(w -> w.rpName(secondFactor.getRpName()).rpId(secondFactor.getRpId())
            .allowedOrigins(secondFactor.getAllowedOrigins()).disableDefaultRegistrationPage(true)
            // a serializable copy: the session is in the database (ADR 0034)
            .creationOptionsRepository(new PasskeyCreationOptionsInSession()))
        .addFilterBefore(PasskeyStep.filter(relyingParty, trail), BasicAuthenticationFilter.class)
        // roles read again in an open session (a withdrawn role counts within the period), before any rule reads them
        .addFilterBefore(new SessionRoles(staff, clock, sessionRoles), ExceptionTranslationFilter.class)
        .addFilterAfter(new SecondFactorGate(secondFactor, passkeys), ExceptionTranslationFilter.class);
    http.authorizeHttpRequests(a -> a
            .requestMatchers(antMatcher(LOGIN_PAGE), antMatcher("/jakarta.faces.resource/**"),
                antMatcher("/notice/**"), antMatcher("/css/**"), antMatcher("/error/**"),
                antMatcher("/error"), antMatcher("/favicon.ico")).permitAll()
            .requestMatchers(EventTriggers.OVER_WEBAPP_API, CascadingDeploymentDeletion.OVER_WEBAPP_API,
                PasswordVerification.OVER_WEBAPP_API).denyAll()
            .requestMatchers(antMatcher("/camunda/app/cockpit/**"), antMatcher("/camunda/api/cockpit/**"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, EXECUTIVE, PROCESS_OWNER, SYSTEM_ADMIN))
            // every webapp asks here who is logged in
            .requestMatchers(antMatcher("/camunda/api/admin/auth/**")).authenticated()
            .requestMatchers(antMatcher("/camunda/app/admin/**"), antMatcher("/camunda/api/admin/**"))
            .hasRole(SYSTEM_ADMIN.groupId())
            // recovery of the second factor: a system administrator removes a user's passkeys (ADR 0025)
            .requestMatchers(antMatcher("/passkey-recovery.*"))
            .hasRole(SYSTEM_ADMIN.groupId())
            .requestMatchers(antMatcher("/camunda/app/tasklist/**"), antMatcher("/camunda/api/tasklist/**"))
            .hasAnyRole(staffRolesAndAdmin())
            // 第36条: the audit report is for those who run it, the director it goes to, and the executives
            // every suffix and prefix the Faces servlet answers to (joinfaces maps *.xhtml, *.jsf, *.faces, /faces/*)
            .requestMatchers(antMatcher("/audit.*"), antMatcher("/faces/audit.*"), antMatcher("/audit/**"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, EXECUTIVE))
            // process versions and the migration of running cases: for those who deploy the models (docs/security.md)
            .requestMatchers(antMatcher("/versions.*"), antMatcher("/faces/versions.*"))
            .hasRole(PROCESS_OWNER.groupId())
            // 第35条2: an incident's board and its PPC reports are for the HQ's head, deputy and the members they
            // name (need to know, docs/security.md). Members are named per incident from any staff role, so the
            // URL admits staff and IncidentAccess refuses everyone else, per incident, with 403
            .requestMatchers(antMatcher("/incident.*"), antMatcher("/faces/incident.*"), antMatcher("/incident/**"),
                antMatcher("/incident-ppc.*"), antMatcher("/faces/incident-ppc.*"))
            .hasAnyRole(staffRoles())
            // 第25条: the contractor registry is for the managers who run and consent to outsourcing, and executives
            .requestMatchers(antMatcher("/contractor.*"), antMatcher("/contractors.*"),
                antMatcher("/faces/contractor.*"), antMatcher("/faces/contractors.*"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, INFORMATION_MANAGER, EXECUTIVE))
            // 第20条3, 第33条: pledges and training, for the managers (the supervising manager plans; information
            // managers record pledges and see who missed the training)
            .requestMatchers(antMatcher("/training.*"), antMatcher("/faces/training.*"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, INFORMATION_MANAGER))
            // 第4–7条: designations are made by the director, the supervising manager and information managers
            .requestMatchers(antMatcher("/designations.*"), antMatcher("/faces/designations.*"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, INFORMATION_MANAGER))
            // 第19条2, 第30条: the patients' requests register and case pages are for the desk, the deciders and the
            // investigators; RequestAccess checks each case again (need to know) and logs every view
            .requestMatchers(antMatcher("/request.*"), antMatcher("/requests.*"), antMatcher("/faces/request.*"),
                antMatcher("/faces/requests.*"), antMatcher("/requests/**"))
            // (and the committee, which reviews appeals, Keio 32)
            .hasAnyRole(roles(MEDICAL_AFFAIRS_DESK, SUPERVISING_MANAGER, TOTAL_MANAGER, INFORMATION_MANAGER, COMMITTEE))
            // 第26条, APPI 29-30条: the records of provision and receipt, for the managers who confirm and approve
            // provisions and the desk that answers patients from them; the consent desk (別紙3・4, objections,
            // stops) also for handlers, who look a patient up before filing (one patient at a time)
            .requestMatchers(antMatcher("/provisions.*"), antMatcher("/faces/provisions.*"), antMatcher("/provisions/**"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, INFORMATION_MANAGER, CORPORATE_OFFICER,
                MEDICAL_AFFAIRS_DESK))
            .requestMatchers(antMatcher("/consents.*"), antMatcher("/faces/consents.*"))
            .hasAnyRole(roles(TOTAL_MANAGER, SUPERVISING_MANAGER, INFORMATION_MANAGER, CORPORATE_OFFICER,
                MEDICAL_AFFAIRS_DESK, HANDLER))
            // ADR 0026: the access log of patient data is searched and exported by the supervising manager
            .requestMatchers(antMatcher("/access-log.*"), antMatcher("/faces/access-log.*"), antMatcher("/access-log/**"))
            .hasAnyRole(roles(AccessLogReaders.ROLES.toArray(Role[]::new)))
            // the dashboard and the lists behind its figures (docs/dashboard.md): they read as the application, so
            // this rule is their authorization; /dashboard* also covers dashboard-list.xhtml and its export posts
            .requestMatchers(antMatcher("/dashboard*"), antMatcher("/dashboard*/**"))
            .hasAnyRole(roles(DashboardAccess.VIEWERS.toArray(Role[]::new)))
            .anyRequest().authenticated())
        .formLogin(f -> f.loginPage(LOGIN_PAGE)
            .loginProcessingUrl("/login")
            .successHandler(new LandingPage(userLanguage))
            .failureUrl(LOGIN_PAGE + "?error")
            .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout")
            .deleteCookies("MAMORI_SESSION")
            .addLogoutHandler(new WebappCsrfCookieRemoval(webappCsrfCookieName(camunda),
                camunda.getWebapp().getApplicationPath())))
        .exceptionHandling(e -> e
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                antMatcher("/camunda/api/**"))
            .defaultAuthenticationEntryPointFor(new FacesAjaxLoginEntryPoint(LOGIN_PAGE),
                FacesAjaxLoginEntryPoint::isFacesAjax))
        // the Camunda webapps carry their own CSRF protection (X-XSRF-TOKEN); everything else uses ours
        .csrf(c -> c.ignoringRequestMatchers(antMatcher("/camunda/**")))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(h -> h
            .frameOptions(f -> f.sameOrigin())
            // Faces pages get this policy from PrimeFaces with a nonce appended to its final script-src
            // (joinfaces.primefaces.csp-policy); every other response of the app gets it from here. The webapps
            // send their own, and two policies would both apply.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(antMatcher("/camunda/**")),
                new StaticHeadersWriter("Content-Security-Policy", csp)))
            .referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                    .SAME_ORIGIN)));
    return http.build();
  }

  /** Cockpit, Tasklist and Admin take the Spring Security user instead of asking for a second login. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    // after Spring Security's chain (which runs at order -100), before the webapps' own filters
    registration.setOrder(101);
    return registration;
  }

  /** Before Camunda's CsrfPreventionFilter, which would end the (shared) session on a missing token. */
  @Bean
  FilterRegistrationBean<WebappCsrfGuard> webappCsrfGuard(CamundaBpmProperties camunda) {
    List<String> entryPoints = camunda.getWebapp().getCsrf().getEntryPoints();
    var registration = new FilterRegistrationBean<>(
        new WebappCsrfGuard(entryPoints == null ? Set.of() : Set.copyOf(entryPoints)));
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
    registration.setOrder(102);
    return registration;
  }

  private static String webappCsrfCookieName(CamundaBpmProperties camunda) {
    String name = camunda.getWebapp().getCsrf().getCookieName();
    return name == null || name.isBlank() ? CsrfConstants.CSRF_TOKEN_DEFAULT_COOKIE_NAME : name;
  }

  private static String[] roles(Role... roles) {
    return Arrays.stream(roles).map(Role::groupId).toArray(String[]::new);
  }

  private static String[] staffRoles() {
    return Arrays.stream(Role.values()).filter(Role::isStaffRole).map(Role::groupId).toArray(String[]::new);
  }

  private static String[] staffRolesAndAdmin() {
    return Arrays.stream(Role.values()).filter(r -> r.isStaffRole() || r == SYSTEM_ADMIN)
        .map(Role::groupId).toArray(String[]::new);
  }
}
