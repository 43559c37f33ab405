// While the phone-size panel is a modal dialog, the page behind it must not take focus
// or be read out: everything beside the widget becomes `inert` until the panel closes.

/** Makes the host page inert around `keep`; returns the undo (which leaves the page's own inert alone). */
export function makePageInert(keep: Element): () => void {
  const changed: Element[] = [];
  for (const el of Array.from(document.body.children)) {
    if (el === keep || el.contains(keep) || el.hasAttribute('inert') || el.tagName === 'SCRIPT') continue;
    el.setAttribute('inert', '');
    changed.push(el);
  }
  return () => {
    for (const el of changed) el.removeAttribute('inert');
  };
}
