package fi.opeverkko.baseline;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The floor: what WildFly takes to answer a small page with no framework and no database. */
@WebServlet("/plain")
public class PlainServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .print(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Plain</title></head>"
                + "<body><p>Plain servlet</p></body></html>");
  }
}
