// The widget's stylesheet, scoped by its shadow root. Page selectors never reach
// inside; only inherited properties cross the boundary, hence `all: initial` on the
// host and explicit fonts and colours below. Pixels, not rem: the page owns <html>.
export const WIDGET_CSS = `
:host { all: initial !important; display: block !important; position: static !important;
  visibility: visible !important; opacity: 1 !important; }
.root { all: initial; display: block; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; -webkit-text-size-adjust: 100%; }
.root *, .root *::before, .root *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button, textarea, input { font: inherit; color: inherit; margin: 0; }
button { cursor: pointer; }
/* A navy ring with a white gap: at least 3:1 against the widget and whatever page lies behind. */
:focus-visible { outline: 3px solid #1e3a8a; outline-offset: 2px; box-shadow: 0 0 0 2px #fff; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; align-items: center;
  gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px; background: #1d4ed8; color: #fff;
  font-weight: 600; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher:hover { background: #1e40af; }
.launcher svg { width: 20px; height: 20px; fill: currentColor; }
.badge { min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px; background: #b91c1c; color: #fff;
  font-size: 12px; font-weight: 700; display: inline-flex; align-items: center; justify-content: center; }
.text a, .steps-toggle, .contact, .email-me { color: #1d4ed8; text-decoration: underline; }
.steps-toggle { border: 0; background: none; padding: 4px 0 0; font-size: 14px; }
.panel { position: fixed; right: 20px; bottom: 20px; z-index: 2147483001; display: flex; flex-direction: column;
  width: 380px; height: min(620px, calc(100vh - 40px)); background: #fff; color: #1b1f24; border-radius: 12px;
  box-shadow: 0 10px 40px rgba(0,0,0,.3); overflow: hidden; animation: rise .18s ease-out; }
@keyframes rise { from { transform: translateY(12px); opacity: 0; } }
.header { display: flex; align-items: center; justify-content: space-between; padding: 12px 14px;
  background: #1d4ed8; color: #fff; }
.title { margin: 0; font-size: 16px; font-weight: 700; }
.lang { margin: 0 4px 0 auto; max-width: 40%; padding: 4px 6px; border: 1px solid #fff; border-radius: 6px;
  background: #1d4ed8; color: #fff; font: inherit; font-size: 14px; }
.lang option { background: #fff; color: #1b1f24; }
.close { border: 0; background: transparent; color: #fff; width: 36px; height: 36px; border-radius: 8px;
  font-size: 24px; line-height: 1; }
.close:hover { background: rgba(255,255,255,.15); }
.banner { padding: 8px 14px; background: #fef3c7; color: #5c3b00; font-size: 14px; display: flex; gap: 8px;
  align-items: center; justify-content: space-between; border-bottom: 1px solid #f3d17a; }
.banner.failed { background: #fee2e2; color: #7f1d1d; border-color: #f5b5b5; }
.banner button { border: 1px solid currentColor; background: transparent; border-radius: 6px; padding: 2px 10px; }
.log { position: relative; flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px;
  background: #f8fafc; overscroll-behavior: contain; }
.empty { color: #475569; font-size: 14px; margin: auto 0; text-align: center; white-space: pre-wrap; }
.msg { max-width: 88%; padding: 9px 12px; border-radius: 12px; background: #fff; border: 1px solid #dbe2ea;
  align-self: flex-start; overflow-wrap: anywhere; }
.msg.candidate { align-self: flex-end; background: #1d4ed8; color: #fff; border-color: #1d4ed8; }
.msg.system { align-self: center; background: #eef2f7; color: #334155; font-size: 14px; }
.msg.recruiter, .msg.agent { background: #ecfdf5; border-color: #a7e3c6; }
.who { display: block; font-size: 12px; font-weight: 700; color: #065f46; margin-bottom: 2px; }
.text { margin: 0; white-space: pre-wrap; }
.fact { margin: 6px 0 0; font-size: 13px; font-weight: 600; color: #1e3a8a; }
.meta { display: block; margin-top: 4px; font-size: 12px; color: #5b6675; }
.candidate .meta { color: #dbe6ff; }
.msg.failed { background: #fff; color: #7f1d1d; border-color: #f5b5b5; }
.msg.failed .meta { color: #7f1d1d; }
.meta button { border: 0; background: none; padding: 0; text-decoration: underline; color: inherit; font-size: 12px; }
.typing { padding: 0 14px 8px; background: #f8fafc; color: #475569; font-size: 13px; display: flex; gap: 4px;
  align-items: center; }
.typing i { width: 7px; height: 7px; border-radius: 50%; background: #64748b; animation: blink 1.2s infinite; }
.typing i:nth-child(2) { animation-delay: .2s; } .typing i:nth-child(3) { animation-delay: .4s; }
@keyframes blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
.quick { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 14px; background: #f8fafc; }
.quick:empty { display: none; }
.quick button, .quick a { border: 1px solid #1d4ed8; color: #1d4ed8; background: #fff; border-radius: 999px;
  padding: 6px 12px; font-size: 14px; }
.quick button:hover { background: #eff4ff; }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #dbe2ea; background: #fff; }
.composer textarea { flex: 1; min-height: 42px; max-height: 120px; resize: none; padding: 10px; border: 1px solid #8392a5;
  border-radius: 8px; background: #fff; color: #1b1f24; }
.composer textarea::placeholder { color: #5b6675; opacity: 1; }
.send { border: 0; border-radius: 8px; padding: 0 16px; background: #1d4ed8; color: #fff; font-weight: 600; }
.send:disabled { background: #94a3b8; cursor: default; }
.away { display: none !important; }
.foot { padding: 0 10px 8px; background: #fff; text-align: right; }
.contact, .email-me { border: 0; background: none; padding: 4px 2px; color: #1d4ed8; font-size: 13px; text-decoration: underline; }
.aside { flex: 1; overflow-y: auto; background: #fff; overscroll-behavior: contain; }
.primary { border: 0; border-radius: 8px; padding: 9px 16px; background: #1d4ed8; color: #fff; font-weight: 600; }
.primary:disabled { background: #94a3b8; cursor: default; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
  .launcher { right: 12px; bottom: 12px; }
}
@media (prefers-color-scheme: dark) {
  .root, .panel, .composer, .foot, .aside { background: #111827; color: #e5e7eb; }
  .log, .quick, .typing { background: #0b1220; }
  .msg { background: #1f2937; border-color: #374151; }
  .msg.candidate { background: #1d4ed8; border-color: #1d4ed8; }
  .msg.system { background: #1e293b; color: #cbd5e1; }
  .msg.recruiter, .msg.agent { background: #052e21; border-color: #065f46; }
  .who { color: #6ee7b7; } .fact { color: #93c5fd; } .meta, .empty, .typing { color: #a3acb9; }
  .composer, .composer textarea { border-color: #6b7280; background: #0b1220; color: #e5e7eb; }
  .composer textarea::placeholder { color: #a3acb9; }
  .quick button { background: #111827; color: #93c5fd; border-color: #93c5fd; }
  .text a, .steps-toggle, .contact, .email-me { color: #93c5fd; }
  :focus-visible { outline-color: #93c5fd; box-shadow: 0 0 0 2px #111827; }
}
@media (prefers-reduced-motion: reduce) {
  .panel, .typing i { animation: none; }
}
@media (forced-colors: active) {
  .msg, .launcher, .send, .quick button, .primary { border: 1px solid CanvasText; }
}
`;
