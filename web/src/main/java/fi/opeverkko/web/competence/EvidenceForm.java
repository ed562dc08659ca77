package fi.opeverkko.web.competence;

import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.EvidenceUpload;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * What a teacher types and picks as evidence, on a new application or in answer to a request for
 * more: the description, the links one a line, and the files. The domain checks all of it; this
 * only hands it over.
 */
public class EvidenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String description;
  private String links;
  private transient UploadedFiles files;

  EvidenceDetails details() {
    return new EvidenceDetails(
        description, links == null ? List.of() : Arrays.asList(links.split("\\R")));
  }

  /** The files picked, as the browser sent them; none when the teacher picked none. */
  List<EvidenceUpload> uploads() {
    if (files == null) {
      return List.of();
    }
    return files.getFiles().stream()
        .filter(file -> file.getSize() > 0 || !isBlank(file.getFileName()))
        .map(EvidenceForm::upload)
        .toList();
  }

  private static EvidenceUpload upload(UploadedFile file) {
    return new EvidenceUpload(file.getFileName(), file.getContent());
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

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
