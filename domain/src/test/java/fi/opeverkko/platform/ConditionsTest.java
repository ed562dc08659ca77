package fi.opeverkko.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  @Test
  @DisplayName("A search text matches anywhere, whatever its case and however many spaces")
  void searchTextAsTyped() {
    assertEquals("%opettaja, tiina%", Conditions.containing(" Opettaja,  Tiina "));
    assertEquals("%tiina opettaja%", Conditions.containing("Tiina\tOpettaja"));
  }

  @Test
  @DisplayName(
      "LIKE's wildcards typed in a search box are not wildcards; nothing left is no filter")
  void wildcardsDropped() {
    assertEquals("%50 off%", Conditions.containing("50% off"));
    assertNull(Conditions.containing("%_"));
    assertNull(Conditions.containing("   "));
  }
}
