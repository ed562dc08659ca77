package fi.opeverkko.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as an error summary a keyboard user can work with.
 *
 * <ul>
 *   <li>The container can take focus (tabindex -1): after an Ajax action the page's focus script
 *       (resources/js/focus.js) moves focus to it, so the result is read out and the next Tab goes
 *       on from there.
 *   <li>A message about a field names the field and links to it, so the summary says what to fix
 *       and takes the user there.
 *   <li>List items stay list items: PrimeFaces gives each message's {@code li} the role "alert",
 *       which turns it into something other than a list item inside its {@code ul} (axe: "list");
 *       the container already announces new messages (aria-live).
 * </ul>
 */
public class ListMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMarkup(FacesContext context, Messages messages) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new FocusableContainerWriter(writer));
    try {
      super.encodeMarkup(context, messages);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    String field = fieldOf(context, message);
    writer.startElement("li", null);
    if (messages.isShowSummary()) {
      writer.startElement("span", null);
      writer.writeAttribute("class", severity + "-summary", null);
      if (field != null) {
        writer.startElement("a", null);
        writer.writeAttribute("href", "#" + field, null);
        writeText(writer, labelPrefix(context, field, message.getSummary()), true);
      }
      writeText(writer, message.getSummary(), escape);
      if (field != null) {
        writer.endElement("a");
      }
      writer.endElement("span");
    }
    if (messages.isShowDetail()
        && !(messages.isSkipDetailIfEqualsSummary()
            && Objects.equals(message.getSummary(), message.getDetail()))) {
      writer.startElement("span", null);
      writer.writeAttribute("class", severity + "-detail", null);
      writeText(writer, message.getDetail(), escape);
      writer.endElement("span");
    }
    writer.endElement("li");
  }

  /** The client id of the field a message is about, or null for a message about the page. */
  private static String fieldOf(FacesContext context, FacesMessage message) {
    Iterator<String> ids = context.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      if (id != null && context.getMessageList(id).stream().anyMatch(m -> m == message)) {
        return id;
      }
    }
    return null;
  }

  /**
   * "Label: " when the message does not name its field itself (Bean Validation's texts such as
   * "Required." do not), so that each entry of the summary says which field it is about.
   */
  private static String labelPrefix(FacesContext context, String field, String summary) {
    UIComponent component = context.getViewRoot().findComponent(":" + field);
    Object label = component == null ? null : component.getAttributes().get("label");
    if (label == null || summary == null || summary.contains(label.toString())) {
      return "";
    }
    return label + ": ";
  }

  private static void writeText(ResponseWriter writer, String text, boolean escape)
      throws IOException {
    String shown = text == null ? "" : text;
    if (escape) {
      writer.writeText(shown, null);
    } else {
      writer.write(shown);
    }
  }

  /** Writes the container's attributes with tabindex -1 after its id, so it can take focus. */
  private static final class FocusableContainerWriter extends ResponseWriterWrapper {

    private boolean done;

    FocusableContainerWriter(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      super.writeAttribute(name, value, property);
      if (!done && "id".equals(name)) {
        done = true;
        super.writeAttribute("tabindex", "-1", null);
      }
    }
  }
}
