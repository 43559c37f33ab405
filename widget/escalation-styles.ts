// The escalation form's styles, in the form's own chunk: most conversations never
// open the form, so the first answer does not carry them.
export const ESCALATION_CSS = `
.esc { padding: 14px; display: flex; flex-direction: column; gap: 12px; }
.error { margin: 0; color: #b91c1c; font-size: 13px; font-weight: 600; }
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
.done { display: flex; flex-direction: column; gap: 8px; align-items: flex-start; }
.done p { margin: 0; }
.done:focus { outline: none; }
.done-title { font-weight: 700; color: #065f46; }
.reference { font-size: 17px; letter-spacing: .04em; }
@media (prefers-color-scheme: dark) {
  .intro, .esc .hint { color: #a3acb9; }
  .field textarea, .field input, .drop { background: #0b1220; color: #e5e7eb; border-color: #6b7280; }
  .add, .secondary { background: #111827; color: #93c5fd; border-color: #93c5fd; }
  .error { color: #fca5a5; } .done-title { color: #6ee7b7; }
}
@media (pointer: coarse) { .drop-only { display: none; } .drop { border-style: solid; } }
`;
