// The classic script behind `<script src=".../widget.js" async data-…>`: tiny and
// short-cached, it reads its own tag and imports the content-hashed modules (which are
// cached for good), all at once so that no module waits for another to be parsed.
import type { ScriptInfo } from './embed-config';

declare const LINKDOCTOR_ENTRY: string;
declare const LINKDOCTOR_FIRST: string[];

interface WidgetModule {
  start(script: ScriptInfo | null): void;
}

// Only set while this script first runs (also with `async`), so read it right away.
const script = document.currentScript as HTMLScriptElement | null;
const info: ScriptInfo | null = script && { src: script.src, dataset: { ...script.dataset } };
const at = (name: string) => new URL(`widget/${name}`, script?.src || location.href).href;

Promise.all([import(at(LINKDOCTOR_ENTRY)) as Promise<WidgetModule>, ...LINKDOCTOR_FIRST.map((name) => import(at(name)))]).then(
  ([widget]) => widget.start(info),
  (error: unknown) => console.error('linkdoctor: the chat widget could not load', error),
);
