// DOM helpers for the widget. Text only ever enters through textContent: the widget
// shows server text and must never interpret it as markup.

export interface ElementProps {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Text for screen readers only (visually hidden by the `.sr` rule). */
export function srText(text: string): HTMLSpanElement {
  return h('span', { class: 'sr', text });
}

export function clip(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}
