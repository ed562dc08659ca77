package fi.opeverkko.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school's name, read from the portal's own table: the one JPA query of the bare page. */
@Entity
@Table(name = "school")
public class SchoolName {

  @Id private Long id;

  @Column(name = "name_fi")
  private String name;

  public String getName() {
    return name;
  }
}
