package fi.opeverkko.platform;

/** A webhook subscription broke a rule; the key's message is in the web layer's bundles. */
public class WebhookRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public WebhookRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
