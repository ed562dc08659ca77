package fi.opeverkko.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * A page asked for: {@code page} from 0, {@code limit} items a page, 50 by default and at most
 * {@link #MAX_LIMIT}; anything else is refused with 400 rather than quietly changed.
 */
public class Paging {

  public static final int MAX_LIMIT = 200;

  @QueryParam("page")
  @DefaultValue("0")
  private String pageParam;

  @QueryParam("limit")
  @DefaultValue("50")
  private String limitParam;

  private int page;
  private int limit;

  /** The page, after refusing a page or limit malformed or out of bounds. */
  public Paging checked() {
    page = Params.integer(pageParam, "page");
    limit = Params.integer(limitParam, "limit");
    if (page < 0) {
      throw new ApiException(400, "badPage");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ApiException(400, "badLimit", MAX_LIMIT);
    }
    return this;
  }

  public int page() {
    return page;
  }

  public int limit() {
    return limit;
  }

  public int first() {
    return page * limit;
  }
}
