// Keyboard use of the portal's date fields (WEB-INF/tags/date.xhtml) on top of PrimeFaces' date
// picker. Typing is the main way in; the calendar is a small dialog opened by the field's button or
// ArrowDown, which PrimeFaces closes on Escape and on picking a day, giving the focus back to the
// field. This file adds what PrimeFaces lacks:
// - Tab inside the open calendar moves between its month controls and ONE stop in the day grid (the
//   arrow keys move between days), instead of through all 42 days and out of the calendar;
// - Escape also closes it when the focus is on the field's button;
// - the focus leaving the field and its calendar closes it, so that an open calendar never catches
//   the keys meant for the rest of the form (Enter on the send button).
(function () {
  "use strict";

  var lastDay = new WeakMap();

  function openPickers() {
    if (!window.jQuery) {
      return [];
    }
    return Array.prototype.map
      .call(document.querySelectorAll(".date-input"), function (container) {
        return jQuery(container).data("primeDatePicker");
      })
      .filter(function (picker) {
        return picker && picker.panel && picker.isPanelVisible();
      });
  }

  function owns(picker, element) {
    return picker.panel[0].contains(element) || picker.container[0].contains(element);
  }

  function pickerOf(element) {
    return openPickers().find(function (picker) {
      return owns(picker, element);
    });
  }

  function visible(element) {
    return element.offsetParent !== null;
  }

  /** The calendar's Tab stops: its header's controls, then the day last visited in the grid. */
  function tabStops(picker) {
    var panel = picker.panel[0];
    var stops = Array.prototype.slice.call(
      panel.querySelectorAll(".ui-datepicker-header button, .ui-datepicker-header select")
    );
    var day = lastDay.get(panel);
    if (!day || !panel.contains(day)) {
      day =
        panel.querySelector(".ui-datepicker-calendar a.ui-state-active") ||
        panel.querySelector(".ui-datepicker-calendar .ui-datepicker-today a") ||
        panel.querySelector(".ui-datepicker-calendar a");
    }
    if (day) {
      stops.push(day);
    }
    return stops.filter(visible);
  }

  function moveTab(picker, event) {
    var stops = tabStops(picker);
    if (!stops.length) {
      return;
    }
    var inGrid = event.target.closest(".ui-datepicker-calendar");
    var at = inGrid ? stops.length - 1 : stops.indexOf(event.target);
    var step = event.shiftKey ? -1 : 1;
    event.preventDefault();
    stops[(at + step + stops.length) % stops.length].focus();
  }

  document.addEventListener("keydown", function (event) {
    var picker = pickerOf(event.target);
    if (!picker) {
      return;
    }
    if (event.key === "Tab" && picker.panel[0].contains(event.target)) {
      moveTab(picker, event);
    } else if (event.key === "Escape" && event.target !== picker.inputfield[0]) {
      // PrimeFaces closes it on Escape in the field and in the calendar, not on the button.
      event.preventDefault();
      picker.hideOverlay();
    }
  });

  document.addEventListener("focusin", function (event) {
    openPickers().forEach(function (picker) {
      var panel = picker.panel[0];
      if (panel.contains(event.target) && event.target.closest(".ui-datepicker-calendar")) {
        lastDay.set(panel, event.target);
      }
      if (!owns(picker, event.target)) {
        // true: the focus stays where the user moved it.
        picker.hideOverlay(true);
      }
    });
  });
})();
