package fi.opeverkko.web.common;

import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;

/**
 * What every PrimeFaces table of the portal does, set once here rather than on each page:
 *
 * <ul>
 *   <li>No cell navigation. PrimeFaces makes a cell of each table a tab stop of its own and, on
 *       Enter, triggers a jQuery click on the cell's link, which does not follow it: a request's
 *       link in a table never opened by keyboard. The links and buttons in the cells are tab stops
 *       anyway.
 *   <li>Reflow: on a narrow screen (PrimeFaces: 640 CSS px, a phone or 200 % zoom on a laptop) each
 *       row becomes a card with the column headers beside the values, instead of a table wider than
 *       the screen.
 * </ul>
 */
public class TableDefaults implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof DataTable;
  }

  @Override
  public void processEvent(SystemEvent event) {
    DataTable table = (DataTable) event.getSource();
    if (table.isCellNavigation() == null && table.getValueExpression("cellNavigation") == null) {
      table.setCellNavigation(false);
    }
    table.setReflow(true);
  }
}
