package fi.opeverkko.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items this page's items
 * @param page the page's number, from 0
 * @param limit the most items a page holds
 * @param total how many items there are on every page together
 * @param hasNext whether a next page has items
 */
public record PageOf<T>(List<T> items, int page, int limit, long total, boolean hasNext) {

  public static <T> PageOf<T> of(List<T> items, Paging paging, long total) {
    return new PageOf<>(
        items, paging.page(), paging.limit(), total, (long) paging.first() + items.size() < total);
  }

  /** A page cut from a short list the service gives whole (a person's own schools, sign-ups). */
  public static <S, T> PageOf<T> cut(List<S> all, Paging paging, Function<S, T> item) {
    List<T> items = all.stream().skip(paging.first()).limit(paging.limit()).map(item).toList();
    return of(items, paging, all.size());
  }
}
