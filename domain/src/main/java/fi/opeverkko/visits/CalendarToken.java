package fi.opeverkko.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * The secret in the address of an expert's or a team's calendar feed. Calendar apps cannot sign in,
 * so the address itself is the key: long, random, and revocable.
 */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "calendar_token_seq",
      sequenceName = "calendar_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_token_seq")
  private Long id;

  private String token;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "expert_id")
  private Person expert;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  private boolean revoked;

  protected CalendarToken() {}

  private CalendarToken(Person expert, ExpertTeam team, LocalDateTime createdAt) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.expert = expert;
    this.team = team;
    this.createdAt = createdAt;
  }

  static CalendarToken forExpert(Person expert, LocalDateTime now) {
    return new CalendarToken(expert, null, now);
  }

  static CalendarToken forTeam(ExpertTeam team, LocalDateTime now) {
    return new CalendarToken(null, team, now);
  }

  void revoke() {
    revoked = true;
  }

  public String getToken() {
    return token;
  }

  public Person getExpert() {
    return expert;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public boolean isRevoked() {
    return revoked;
  }
}
