package fi.opeverkko.web.common;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** What the pages do to their tables. */
public final class Tables {

  private Tables() {}

  /** Goes back to the first page of a table whose search changed: page 7 of 1 makes no sense. */
  public static void firstPage(String tableClientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
