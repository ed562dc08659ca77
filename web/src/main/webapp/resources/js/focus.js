// Where keyboard focus goes in the portal, in one place for every page (no inline script: the CSP).
// - After an Ajax action: to the error summary when the action failed, to the message when it
//   said something, else back to the control when it is still there, else to the updated region;
//   never left on the body, where a keyboard or screen reader user would have to start over.
// (PrimeFaces itself marks a field with an error aria-invalid, described by its p:message.)
// - A confirmation dialog opens on its safe choice (No): every confirmation in the portal guards
//   a destructive or disruptive action. Escape closes it; PrimeFaces then returns focus to the
//   button that opened it.
(function ($) {
  "use strict";
  if (!$ || !window.PrimeFaces) {
    return;
  }

  var FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]";
  var ACTION = "button, a, input[type=submit], input[type=button], [role=button]";
  var source = null;
  // A request sent while focus was on no control (a calendar fetching its events as the page
  // loads) was not a user's action: it moves no focus.
  var unprompted = true;
  // Focus moves a moment after an Ajax response, and moving it may scroll the page. Until it has
  // moved, the page says so (data-focus-settling): a click aimed before the scroll would land
  // on whatever scrolled under it, and the browser tests wait for this as a person waits for a
  // page to stand still.
  var settling = 0;

  function markSettling(change) {
    settling += change;
    document.documentElement.toggleAttribute("data-focus-settling", settling > 0);
  }

  /** The control a user reaches when focus is sent to a field: a widget's inner input. */
  function control(element) {
    if (!element) {
      return null;
    }
    if ($(element).is(FOCUSABLE) && !$(element).is("[tabindex='-1']")) {
      return element;
    }
    return $(element).find(FOCUSABLE).not("[tabindex='-1']").get(0) || element;
  }

  function focusOn(element) {
    if (!element.matches(FOCUSABLE)) {
      element.setAttribute("tabindex", "-1");
    }
    element.focus();
  }

  function lost(element) {
    return !element || element === document.body || !element.isConnected;
  }

  function firstUpdatedRegion(xhr) {
    var updates = xhr && xhr.responseXML ? xhr.responseXML.getElementsByTagName("update") : [];
    for (var i = 0; i < updates.length; i++) {
      var region = document.getElementById(updates[i].getAttribute("id"));
      if (region && $(region).is(":visible") && !$(region).is(".ui-messages")) {
        return region;
      }
    }
    return null;
  }

  function afterAjax(xhr) {
    if (unprompted) {
      return;
    }
    var summaries = $(".ui-messages:visible").filter(function () {
      return $(this).find("li").length > 0;
    });
    var errors = summaries.filter(function () {
      return $(this).find(".ui-messages-error-summary, .ui-messages-warn-summary").length > 0;
    });
    var acted = source && $(source).is(ACTION);
    var active = document.activeElement;
    var target = null;
    if (errors.length && (acted || lost(active))) {
      target = errors.get(0);
    } else if (summaries.length && (acted || lost(active))) {
      target = summaries.get(0);
    } else if (lost(active)) {
      var again = source && source.id ? document.getElementById(source.id) : null;
      target = again && $(again).is(":visible") ? again : firstUpdatedRegion(xhr);
    }
    if (target) {
      focusOn(target);
    }
  }

  $(document).on("pfAjaxSend", function () {
    source = document.activeElement;
    unprompted = !source || source === document.body;
  });
  $(document).on("pfAjaxComplete", function (event, xhr) {
    markSettling(1);
    // After PrimeFaces' own focus moves (a closing dialog gives focus back after 100 ms).
    setTimeout(function () {
      try {
        afterAjax(xhr);
      } finally {
        markSettling(-1);
      }
    }, 150);
  });

  // A link of the error summary takes focus to the field's control, not to its widget's wrapper.
  $(document).on("click", ".ui-messages a[href^='#']", function (event) {
    var field = control(document.getElementById(this.getAttribute("href").substring(1)));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });

  if (PrimeFaces.widget.ConfirmDialog) {
    PrimeFaces.widget.ConfirmDialog.prototype.applyFocus = function () {
      this.jq.find(".ui-confirmdialog-no").filter(":visible:enabled").first().trigger("focus");
    };
  }
  $(document).on("keydown", function (event) {
    var dialog = PrimeFaces.confirmDialog;
    if (event.key === "Escape" && dialog && dialog.isVisible()) {
      dialog.jq.find(".ui-confirmdialog-no").first().trigger("click");
    }
  });

})(window.jQuery);
