// Procedure look-up kiosk: the on-screen keyboard and keypad, the print button, focus kept on the scanner's field,
// and the inactivity timeout that returns to the kiosk home (the next citizen must not see the last one's dossier).
(function () {
  'use strict';

  // on-screen keys: type into the field they belong to and let htmx see an input event (live search)
  document.addEventListener('click', function (evt) {
    var key = evt.target.closest('[data-key]');
    if (!key) { return; }
    var group = key.closest('[data-target]');
    var field = document.getElementById(group ? group.getAttribute('data-target') : 'q');
    if (!field) { return; }
    var k = key.getAttribute('data-key');
    if (k === 'backspace') { field.value = field.value.slice(0, -1); }
    else if (k === 'clear') { field.value = ''; }
    else if (!field.maxLength || field.maxLength < 0 || field.value.length < field.maxLength) { field.value += k; }
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

  document.addEventListener('click', function (evt) {
    var toggle = evt.target.closest('.kiosk-keyboard-toggle');
    if (toggle) {
      var board = document.getElementById(toggle.getAttribute('aria-controls'));
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
      board.hidden = open;
    }
    if (evt.target.closest('[data-print]')) { window.print(); }
  });

  // a keyboard-wedge scanner types wherever the focus is: bring it back to the scan field after a stray touch
  document.addEventListener('DOMContentLoaded', function () {
    var scan = document.querySelector('[data-keep-focus]');
    if (!scan) { return; }
    document.addEventListener('click', function () {
      setTimeout(function () {
        if (document.activeElement === document.body) { scan.focus(); }
      }, 0);
    });
  });

  // inactivity: after idle seconds, ask; after the countdown, go home
  document.addEventListener('DOMContentLoaded', function () {
    var timer = document.getElementById('kiosk-idle');
    var dialog = document.getElementById('kiosk-idle-dialog');
    if (!timer || !dialog) { return; }
    // read at every arm, so a kiosk (or a test) may change the timings on the element
    var seconds = function (name) { return parseInt(timer.getAttribute(name), 10); };
    var home = timer.getAttribute('data-home');
    var count = document.getElementById('kiosk-idle-count');
    var stay = document.getElementById('kiosk-idle-stay');
    var wait = null;
    var tick = null;
    var before = null;

    // home in Vietnamese, the kiosk's default language, for the next citizen
    var fresh = home + (home.indexOf('?') < 0 ? '?' : '&') + 'lang=vi';
    function atHome() {
      var q = document.getElementById('q');
      var search = location.search.replace(/([?&])lang=[a-z]+&?/, '$1').replace(/[?&]$/, '');
      return location.pathname + search === home && document.documentElement.lang === 'vi'
          && (!q || q.value === '') && !document.getElementById('tracking');
    }
    function arm() {
      clearTimeout(wait);
      wait = setTimeout(ask, seconds('data-idle-seconds') * 1000);
    }
    function ask() {
      if (atHome()) { arm(); return; }
      var left = seconds('data-countdown-seconds');
      before = document.activeElement;
      count.textContent = left;
      dialog.hidden = false;
      stay.focus();
      tick = setInterval(function () {
        left -= 1;
        count.textContent = left;
        if (left <= 0) { clearInterval(tick); location.replace(fresh); }
      }, 1000);
    }
    function resume() {
      if (!dialog.hidden) {
        clearInterval(tick);
        dialog.hidden = true;
        if (before && before.focus) { before.focus(); }
      }
      arm();
    }
    ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'].forEach(function (type) {
      document.addEventListener(type, function (evt) {
        if (dialog.hidden || evt.type !== 'keydown' || evt.key === 'Escape' || evt.key === 'Enter' || evt.key === ' ') { resume(); }
      }, { passive: true, capture: true });
    });
    stay.addEventListener('click', resume);
    arm();
  });
})();
