// Sends the CSRF token with every htmx request (Spring Security checks it on state-changing calls).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});

// After a failed submission, move focus to the error summary so screen readers announce it and keyboard users
// start there (every form page uses one of these ids for its summary).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary') || document.getElementById('incomplete')
      || document.getElementById('action-errors');
  if (summary) { summary.focus(); }
});
