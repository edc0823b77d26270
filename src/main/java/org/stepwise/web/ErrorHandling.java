package org.stepwise.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepwise.security.RelationshipRequiredException;
import org.stepwise.shared.AccessDeniedException;
import org.stepwise.shared.DomainException;
import org.stepwise.shared.NotFoundException;

/**
 * Turns failures into pages a person can act on. Never a stack trace; unexpected failures are
 * logged with a reference the person can quote, and the page shows only that reference.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            NoResourceFoundException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(404);
        return problem(request, model, "Page not found", "There is no such record in your service, or the address is wrong.");
    }

    /** No relationship with the case: say so, and offer emergency access with a reason. */
    @ExceptionHandler(RelationshipRequiredException.class)
    String relationshipRequired(RelationshipRequiredException e, HttpServletRequest request,
                                HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("page", PageContextAdvice.contextFor(request));
        model.addAttribute("detail", e.getMessage());
        model.addAttribute("patientId", e.patient().toString());
        model.addAttribute("returnTo", "GET".equals(request.getMethod()) ? request.getRequestURI() : "/");
        model.addAttribute("reason", "");
        model.addAttribute("error", null);
        return "breakglass";
    }

    @ExceptionHandler({AccessDeniedException.class,
            org.springframework.security.access.AccessDeniedException.class,
            org.springframework.security.authorization.AuthorizationDeniedException.class})
    String denied(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(403);
        String detail = e instanceof AccessDeniedException ? e.getMessage()
                : "Your role does not give you access to this page. If you need it, ask your service lead.";
        return problem(request, model, "You cannot do this", detail);
    }

    @ExceptionHandler({BindException.class, ServletRequestBindingException.class,
            HttpMessageNotReadableException.class, HttpRequestMethodNotSupportedException.class})
    String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(400);
        return problem(request, model, "This request could not be understood",
                "Nothing was saved. Go back, check what you entered and try again.");
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(409);
        return problem(request, model, "This could not be done", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String reference = Long.toHexString(System.nanoTime());
        log.error("Unexpected failure, reference {}", reference, e);
        response.setStatus(500);
        return problem(request, model, "Sorry, there is a problem with Stepwise",
                "Nothing was saved. Try again; if it happens again, tell your service desk reference " + reference + ".");
    }

    private static String problem(HttpServletRequest request, Model model, String title, String detail) {
        model.addAttribute("page", PageContextAdvice.contextFor(request));
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
