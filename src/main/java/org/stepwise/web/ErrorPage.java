package org.stepwise.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors raised outside controllers (security filters, bad requests) get the same plain pages. */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        String title;
        String detail;
        switch (code) {
            case 403 -> {
                title = "You cannot do this";
                detail = "Your role does not give you access to this page, or your form expired. Go back and try again.";
            }
            case 404 -> {
                title = "Page not found";
                detail = "There is no such record in your service, or the address is wrong.";
            }
            case 400, 405, 415 -> {
                title = "This request could not be understood";
                detail = "Go back, check what you entered and try again.";
            }
            default -> {
                title = "Sorry, there is a problem with Stepwise";
                detail = "Nothing was saved. Try again later.";
            }
        }
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
