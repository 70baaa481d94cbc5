package se.samverkan.gvi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error path the servlet container forwards a failed request to. Asked for directly it is no
 * page at all, and answers 404 like any unknown address: problem details for API callers, the
 * not-found page for browsers. Without this it would answer 500, since such a request carries no
 * failure to report.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class ErrorPath extends BasicErrorController {

    ErrorPath(ErrorAttributes errorAttributes, WebProperties web, ObjectProvider<ErrorViewResolver> errorViews) {
        super(errorAttributes, web.getError(), errorViews.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (forwarded(request)) {
            return super.error(request);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiProblems.NOT_FOUND.toString());
        problem.put("title", "Not found");
        problem.put("status", HttpStatus.NOT_FOUND.value());
        problem.put("detail", "there is nothing at this address");
        problem.put("instance", request.getRequestURI());
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (forwarded(request)) {
            return super.errorHtml(request, response);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("timestamp", new Date());
        model.put("status", HttpStatus.NOT_FOUND.value());
        model.put("error", HttpStatus.NOT_FOUND.getReasonPhrase());
        model.put("path", request.getRequestURI());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        ModelAndView view = resolveErrorView(request, response, HttpStatus.NOT_FOUND, model);
        return view != null ? view : new ModelAndView("error", model);
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return forwarded(request) ? super.getStatus(request) : HttpStatus.NOT_FOUND;
    }

    /** Whether the container forwarded a failed request here, rather than someone asking for the path. */
    private static boolean forwarded(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
    }
}
