// Sends the CSRF token with every htmx request (Spring Security checks it on state-changing calls).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});
