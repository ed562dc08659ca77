package fi.opeverkko.web.i18n;

import fi.opeverkko.network.FieldError;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.plans.PlanAction;
import fi.opeverkko.plans.PlanStanding;
import fi.opeverkko.plans.PlanStatus;
import fi.opeverkko.platform.RuleException;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user's language for messages made in Java: rule refusals and confirmations. */
@RequestScoped
public class Texts {

  private static final String BUNDLE = "fi.opeverkko.web.i18n.messages";

  /** Bean Validation's own bundle, where the constraints' messages are. */
  private static final String VALIDATION_BUNDLE = "ValidationMessages";

  private static final String VALIDATION_PREFIX = "opeverkko.";

  @Inject private LanguageSwitch language;

  public String get(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
    Object[] localized = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      localized[i] = localize(bundle, arguments[i]);
    }
    return new MessageFormat(bundle.getString(key), language.getLocale()).format(localized);
  }

  /** Shows a broken rule as an error message in the user's language. */
  public void error(RuleException broken) {
    errorKey(broken.messageKey(), broken.arguments().toArray());
  }

  /**
   * Shows a broken rule as the error of a form field (its client id): next to the field and in the
   * form's summary, which links to it.
   */
  public void fieldError(RuleException broken, String clientId) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                get(broken.messageKey(), broken.arguments().toArray()),
                null));
  }

  /** Says what is wrong with a field or a CSV cell, from either of the two bundles. */
  public String describe(FieldError error) {
    if (error.messageKey().startsWith(VALIDATION_PREFIX)) {
      return ResourceBundle.getBundle(VALIDATION_BUNDLE, language.getLocale())
          .getString(error.messageKey());
    }
    return get(error.messageKey(), error.arguments());
  }

  /** An error message of the web layer's own, not a broken rule of the domain. */
  public void errorKey(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
  }

  /** An information message that survives the redirect after a successful save. */
  public void flashInfo(String key, Object... arguments) {
    info(key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
  }

  /**
   * A value as the user reads it: a school type, role, language, status or standing in the user's
   * language, anything else as it is.
   */
  public Object inLanguage(Object value) {
    return localize(ResourceBundle.getBundle(BUNDLE, language.getLocale()), value);
  }

  /**
   * An exported column's header in the user's language: the bundle's {@code column.<name>}, or the
   * name itself for a column that reads the same in every language (a month, 2025-08).
   */
  public String column(String name) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
    String key = "column." + name;
    return bundle.containsKey(key) ? bundle.getString(key) : name;
  }

  private static Object localize(ResourceBundle bundle, Object argument) {
    if (argument instanceof SchoolRole role) {
      return bundle.getString("schoolRole." + role.name());
    }
    if (argument instanceof SchoolType type) {
      return bundle.getString("schoolType." + type.name());
    }
    if (argument instanceof VisitStatus status) {
      return bundle.getString("visitStatus." + status.name());
    }
    if (argument instanceof PlanStatus status) {
      return bundle.getString("planStanding." + status.name());
    }
    if (argument instanceof PlanStanding standing) {
      return bundle.getString("planStanding." + standing.name());
    }
    if (argument instanceof TeachingLanguage teaching) {
      return bundle.getString("teachingLanguage." + teaching.name());
    }
    if (argument instanceof PlanAction action) {
      return bundle.getString("planAction." + action.name());
    }
    if (argument instanceof VisitAction action) {
      return bundle.getString("visitAction." + action.name());
    }
    return argument;
  }
}
