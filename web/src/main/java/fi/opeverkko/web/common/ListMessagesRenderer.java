package fi.opeverkko.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages whose list items stay list items for assistive technology. PrimeFaces gives
 * each message's {@code li} the role "alert", which turns it into something other than a list item
 * inside its {@code ul} (axe: "list"); the messages' container already announces new messages
 * (aria-live), so the role is left out.
 */
public class ListMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(new ListItemWriter(writer), messages, message, severity, escape);
  }

  private static final class ListItemWriter extends ResponseWriterWrapper {

    private static final Set<String> LEFT_OUT = Set.of("role", "aria-atomic");

    ListItemWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!LEFT_OUT.contains(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
