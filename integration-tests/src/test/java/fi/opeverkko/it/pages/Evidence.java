package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.openqa.selenium.By;

/** The evidence form both a new application and an answer to a request for more show. */
final class Evidence {

  private Evidence() {}

  /** Gives the form's file field the files, as the browser's file dialog would. */
  static void attach(Browser browser, String form, Path... files) {
    String paths =
        Arrays.stream(files)
            .map(file -> file.toAbsolutePath().toString())
            .collect(Collectors.joining("\n"));
    browser
        .driver()
        .findElement(By.cssSelector("[id='" + form + "'] input[type='file']"))
        .sendKeys(paths);
  }
}
