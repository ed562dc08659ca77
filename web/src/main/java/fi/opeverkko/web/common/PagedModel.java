package fi.opeverkko.web.common;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily paged table fed by a service: the table asks for one page at a time and for the total,
 * with the filters of the page's own search form (the services take those, not PrimeFaces').
 */
public final class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Counts the rows the current filters match. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count();
  }

  /** Reads one page of the rows the current filters match. */
  @FunctionalInterface
  public interface Pager<T> extends Serializable {
    List<T> page(int first, int pageSize);
  }

  /** Names a row, for the table's row keys. */
  @FunctionalInterface
  public interface Keyer<T> extends Serializable {
    Object key(T row);
  }

  private final Counter counter;
  private final Pager<T> pager;
  private final Keyer<T> keyer;

  public PagedModel(Counter counter, Pager<T> pager, Keyer<T> keyer) {
    this.counter = counter;
    this.pager = pager;
    this.keyer = keyer;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return pager.page(first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keyer.key(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData().stream()
        .filter(row -> getRowKey(row).equals(rowKey))
        .findFirst()
        .orElse(null);
  }
}
