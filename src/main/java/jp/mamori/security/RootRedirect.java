package jp.mamori.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The app's front door: the task list, or the dashboard for executives (who have no task work). */
@Controller
class RootRedirect {

  private final CurrentUser currentUser;

  RootRedirect(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/")
  String root() {
    return "redirect:" + DashboardAccess.landingFor(currentUser.groupIds());
  }
}
