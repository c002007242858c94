package jp.mamori.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The app's front door is the task list. */
@Controller
class RootRedirect {

  @GetMapping("/")
  String root() {
    return "redirect:/tasks.xhtml";
  }
}
