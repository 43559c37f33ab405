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
:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; align-items: center;
  gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px; background: #1d4ed8; color: #fff;
  font-weight: 600; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher:hover { background: #1e40af; }
.launcher svg { width: 20px; height: 20px; fill: currentColor; }
.panel { position: fixed; right: 20px; bottom: 20px; z-index: 2147483001; display: flex; flex-direction: column;
  width: 380px; height: min(620px, calc(100vh - 40px)); background: #fff; color: #1b1f24; border-radius: 12px;
  box-shadow: 0 10px 40px rgba(0,0,0,.3); overflow: hidden; animation: rise .18s ease-out; }
@keyframes rise { from { transform: translateY(12px); opacity: 0; } }
.header { display: flex; align-items: center; justify-content: space-between; padding: 12px 14px;
  background: #1d4ed8; color: #fff; }
.title { margin: 0; font-size: 16px; font-weight: 700; }
.close { border: 0; background: transparent; color: #fff; width: 36px; height: 36px; border-radius: 8px;
  font-size: 24px; line-height: 1; }
.close:hover { background: rgba(255,255,255,.15); }
.banner { padding: 8px 14px; background: #fef3c7; color: #5c3b00; font-size: 14px; display: flex; gap: 8px;
  align-items: center; justify-content: space-between; border-bottom: 1px solid #f3d17a; }
.banner.failed { background: #fee2e2; color: #7f1d1d; border-color: #f5b5b5; }
.banner button { border: 1px solid currentColor; background: transparent; border-radius: 6px; padding: 2px 10px; }
.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px;
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
.quick button { border: 1px solid #1d4ed8; color: #1d4ed8; background: #fff; border-radius: 999px;
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
.contact { border: 0; background: none; padding: 4px 2px; color: #1d4ed8; font-size: 13px; text-decoration: underline; }
.aside { flex: 1; overflow-y: auto; background: #fff; overscroll-behavior: contain; }
.esc { padding: 14px; display: flex; flex-direction: column; gap: 12px; }
.esc h3 { margin: 0; font-size: 17px; }
.esc h3:focus { outline: none; }
.fields { display: flex; flex-direction: column; gap: 12px; }
.intro, .esc .hint { margin: 0; color: #475569; font-size: 13px; }
.field { display: flex; flex-direction: column; gap: 4px; border: 0; padding: 0; margin: 0; min-width: 0; }
.field label, .field legend { font-weight: 600; font-size: 14px; padding: 0; }
.field textarea, .field input { width: 100%; padding: 8px 10px; border: 1px solid #8392a5; border-radius: 8px;
  background: #fff; color: #1b1f24; }
.field textarea { resize: vertical; min-height: 84px; }
[aria-invalid=true] { border-color: #b91c1c !important; box-shadow: 0 0 0 1px #b91c1c; }
.error { margin: 0; color: #b91c1c; font-size: 13px; font-weight: 600; }
.drop { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 10px; border: 2px dashed #94a3b8;
  border-radius: 8px; background: #f8fafc; }
.drop.over { border-color: #1d4ed8; background: #eff4ff; }
.add, .secondary { border: 1px solid #1d4ed8; color: #1d4ed8; background: #fff; border-radius: 8px; padding: 6px 12px; }
.add:disabled { opacity: .5; cursor: default; }
.thumbs { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.thumbs li { position: relative; width: 72px; height: 72px; }
.thumbs img, .noprev { display: flex; align-items: center; justify-content: center; width: 100%; height: 100%;
  object-fit: cover; border-radius: 6px; border: 1px solid #dbe2ea; font-size: 12px; color: #475569; background: #f1f5f9; }
.remove { position: absolute; top: -8px; right: -8px; width: 26px; height: 26px; border-radius: 50%; border: 2px solid #fff;
  background: #334155; color: #fff; font-size: 16px; line-height: 1; padding: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.primary { border: 0; border-radius: 8px; padding: 9px 16px; background: #1d4ed8; color: #fff; font-weight: 600; }
.primary:disabled { background: #94a3b8; cursor: default; }
.done { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.done p { margin: 0; }
.done:focus { outline: none; }
.done-title { font-weight: 700; color: #065f46; }
.reference { font-size: 17px; letter-spacing: .04em; }
@media (max-width: 480px) {
  .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; }
  .launcher { right: 12px; bottom: 12px; }
}
@media (prefers-reduced-motion: reduce) {
  .panel, .typing i { animation: none; }
}
@media (forced-colors: active) {
  .msg, .launcher, .send, .quick button, .primary { border: 1px solid CanvasText; }
}
`;
