package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A line of a project's budget: an item and its euros. */
@Published
@Embeddable
public class BudgetLine implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 300)
  @Column(name = "item")
  private String item;

  @NotNull
  @DecimalMin("0.00")
  @DecimalMax("99999999.99")
  @Digits(integer = 8, fraction = 2)
  @Column(name = "euros")
  private BigDecimal euros;

  public BudgetLine() {}

  public BudgetLine(String item, BigDecimal euros) {
    this.item = item;
    this.euros = euros;
  }

  BudgetLine copy() {
    return new BudgetLine(item.strip(), euros);
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public BigDecimal getEuros() {
    return euros;
  }

  public void setEuros(BigDecimal euros) {
    this.euros = euros;
  }
}
