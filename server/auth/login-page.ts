import { escapeHtml } from '../http/escape-html';
import { renderDocument } from '../http/html-document';

// Sign-in for the recruiter inbox and the support console. The form is plain HTML;
// /assets/login.js submits it. Nothing dynamic reaches the page unescaped. The form
// says method="post" so that, should the script not load, the password never lands
// in a URL.

export interface LoginPageInput {
  /** Already checked by safeNextPath. */
  next: string;
  /** CSP nonce for the inline style. */
  nonce?: string;
}

const LOGIN_PAGE_CSS = `
:root { color-scheme: light dark; --bg: #f4f5f7; --card: #fff; --text: #1f2933; --muted: #4b5563; --line: #c3cad3; --accent: #1d4ed8; --error: #b91c1c; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #111418; --card: #1b2027; --text: #eef1f4; --muted: #c3cad3; --line: #4b5563; --accent: #9cc3ff; --error: #fca5a5; }
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 24rem; margin: 3rem auto; padding: 0 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
.lead { color: var(--muted); margin: 0 0 1.25rem; }
label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
input { width: 100%; font: inherit; padding: 0.55rem 0.65rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--text); }
button { margin-top: 1.25rem; width: 100%; font: inherit; font-weight: 600; padding: 0.6rem; border: 0; border-radius: 6px; background: var(--accent); color: var(--card); cursor: pointer; }
button:disabled { opacity: 0.6; cursor: progress; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.error { color: var(--error); font-weight: 600; margin: 1rem 0 0; }
`;

export function renderLoginPage(input: LoginPageInput): string {
  return renderDocument({
    title: 'Sign in · Link help',
    css: LOGIN_PAGE_CSS,
    nonce: input.nonce,
    referrer: 'same-origin',
    body: `<main>
<div class="card">
<h1>Sign in</h1>
<p class="lead">Recruiters and support agents</p>
<form id="login-form" method="post" data-next="${escapeHtml(input.next)}" novalidate>
<label for="login-email">Email</label>
<input id="login-email" name="email" type="email" autocomplete="username" required autofocus>
<label for="login-password">Password</label>
<input id="login-password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
<p id="login-error" class="error" role="alert" hidden></p>
</form>
<noscript><p class="error">Signing in needs JavaScript.</p></noscript>
</div>
</main>
<script src="/assets/login.js" defer></script>`,
  });
}
