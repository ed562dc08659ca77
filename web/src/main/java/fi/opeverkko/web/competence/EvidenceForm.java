package fi.opeverkko.web.competence;

import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.EvidenceUpload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * What a teacher types and picks as evidence, on a new application or in answer to a request for
 * more: the description, the links one a line, and the files. The domain checks all of it; this
 * only hands it over.
 */
public class EvidenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String description;
  private String links;
  private transient List<Part> files;

  EvidenceDetails details() {
    return new EvidenceDetails(
        description, links == null ? List.of() : Arrays.asList(links.split("\\R")));
  }

  /** The files picked, as the browser sent them; none when the teacher picked none. */
  List<EvidenceUpload> uploads() {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(file -> file.getSize() > 0 || !isBlank(file.getSubmittedFileName()))
        .map(EvidenceForm::upload)
        .toList();
  }

  private static EvidenceUpload upload(Part file) {
    try (InputStream content = file.getInputStream()) {
      return new EvidenceUpload(file.getSubmittedFileName(), content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(String name) {
    return name == null || name.isBlank();
  }

  /** Starts again from the evidence the application holds (the teacher adds to it). */
  void startFrom(String description, List<String> links) {
    this.description = description;
    this.links = String.join("\n", links);
    this.files = null;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLinks() {
    return links;
  }

  public void setLinks(String links) {
    this.links = links;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
  }
}
