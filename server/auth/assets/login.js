// The sign-in form: posts JSON to the API (which sets the session cookie) and then
// goes to the page that sent the user here. Served as a file, so the page needs no
// inline script and keeps a strict Content-Security-Policy. Text via textContent only.
(function () {
  'use strict';

  var form = document.getElementById('login-form');
  if (!form) return;
  var errorBox = document.getElementById('login-error');
  var submit = form.querySelector('button[type="submit"]');

  // The server has already checked `data-next`; check again so this file is safe alone.
  function nextPath() {
    var next = form.getAttribute('data-next') || '/';
    if (next.charAt(0) !== '/' || next.charAt(1) === '/' || /[\\\u0000-\u001f]/.test(next)) return '/';
    var url = new URL(next, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : '/';
  }

  function showError(text) {
    errorBox.textContent = text;
    errorBox.hidden = false;
  }

  function messageFor(response) {
    if (response.status === 401) return 'Email or password is incorrect.';
    if (response.status === 429) {
      var seconds = Number(response.headers.get('Retry-After')) || 60;
      var minutes = Math.max(1, Math.ceil(seconds / 60));
      return 'Too many attempts. Try again in ' + minutes + (minutes === 1 ? ' minute.' : ' minutes.');
    }
    if (response.status === 400) return 'Enter your email and password.';
    return 'Sign-in failed. Please try again.';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    errorBox.hidden = true;
    submit.disabled = true;
    var body = JSON.stringify({ email: form.elements.email.value, password: form.elements.password.value });
    fetch('/api/v1/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body,
    })
      .then(function (response) {
        if (response.ok) {
          window.location.assign(nextPath());
          return;
        }
        showError(messageFor(response));
        submit.disabled = false;
      })
      .catch(function () {
        showError('Could not reach the server. Check your connection and try again.');
        submit.disabled = false;
      });
  });
})();
