package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A coordinator closes a tutor gap in their city, as they would in the browser. */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class CoverageIT {

  @Test
  @DisplayName("A coordinator assigns a tutor to a school without one, and the gap closes")
  void coordinatorClosesATutorGap() {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, "coordinator-helsinki");
      browser.driver().findElement(By.id("nav-coverage")).click();
      long gapsBefore = Long.parseLong(browser.text(By.id("tutor-gaps")));
      assertTrue(gapsBefore > 0, "the demo data has tutor gaps in Helsinki");

      WebElement firstGap = browser.waitFor(By.cssSelector("[id='coverageForm:tutors'] tbody a"));
      String school = firstGap.getText();
      firstGap.click();
      browser.waitUntil(d -> d.findElement(By.cssSelector("main h1")).getText().equals(school));

      browser.driver().findElement(By.id("staffForm:person_input")).sendKeys("Helmi");
      browser.waitFor(By.cssSelector("[id='staffForm:person_panel'] li")).click();
      browser.driver().findElement(By.id("staffForm:assign")).click();

      String message = browser.text(By.cssSelector(".ui-messages-info"));
      assertTrue(message.contains("Tutoropettaja"), message);
      assertTrue(browser.text(By.id("staffForm:staff")).contains("Tutoropettaja"));

      browser.driver().findElement(By.linkText("Takaisin kattavuuteen")).click();
      browser.waitFor(By.id("tutor-gaps"));
      assertEquals(gapsBefore - 1, Long.parseLong(browser.text(By.id("tutor-gaps"))));
    }
  }
}
