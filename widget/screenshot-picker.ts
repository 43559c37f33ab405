// The screenshots part of the escalation form: a file picker, drag and drop, paste
// from the clipboard, previews with a remove button each. Previews are object URLs,
// revoked as soon as their image is removed or the form is reset.
import { h } from './dom';
import { checkScreenshots, MAX_SCREENSHOT_BYTES, MAX_SCREENSHOTS, SCREENSHOT_TYPES } from './escalation-rules';
import type { Translate } from './messages/catalogue';

export interface PickerHooks {
  /** The catalogue's lookup (the form's sentences are loaded with it). */
  t: Translate;
  /** The files changed: the form forgets a failed attempt's idempotency key. */
  changed(): void;
  /** Files were refused, in words; empty to clear. */
  problems(messages: string[]): void;
}

interface Shot {
  file: File;
  url: string;
}

export class ScreenshotPicker {
  readonly input = h('input', {
    class: 'sr',
    // Reached through the "Add screenshots" button; labelled all the same for assistive technology.
    attrs: { type: 'file', id: 'esc-screenshots', multiple: '', accept: SCREENSHOT_TYPES.join(','), tabindex: '-1' },
  });
  readonly button = h('button', { class: 'add', attrs: { type: 'button' } });
  readonly zone = h('div', { class: 'drop' });
  readonly list = h('ul', { class: 'thumbs' });
  #status = h('p', { class: 'sr', attrs: { role: 'status' } });
  #hint = h('span', { class: 'hint' });
  #shots: Shot[] = [];
  #hooks: PickerHooks;

  constructor(hooks: PickerHooks) {
    this.#hooks = hooks;
    this.zone.append(this.button, this.#hint, this.input);
    this.relabel();
    this.button.addEventListener('click', () => this.input.click());
    this.input.addEventListener('change', () => {
      this.add(Array.from(this.input.files ?? []));
      this.input.value = ''; // so picking the same file again still fires `change`
    });
    this.zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      this.zone.classList.add('over');
    });
    this.zone.addEventListener('dragleave', () => this.zone.classList.remove('over'));
    this.zone.addEventListener('drop', (event) => {
      event.preventDefault();
      this.zone.classList.remove('over');
      this.add(Array.from(event.dataTransfer?.files ?? []));
    });
  }

  /** The fixed words, in the catalogue active now (again after a language switch). */
  relabel(): void {
    const t = this.#hooks.t;
    this.input.setAttribute('aria-label', t('widget.screenshots.input'));
    this.button.textContent = t('widget.screenshots.add');
    this.list.setAttribute('aria-label', t('widget.screenshots.list'));
    // Phones can neither drop nor paste files: there only the formats are said.
    this.#hint.replaceChildren(
      h('span', { class: 'drop-only', text: `${t('widget.screenshots.dropOrPaste')} ` }),
      t('widget.screenshots.formats', { max: MAX_SCREENSHOTS, mb: MAX_SCREENSHOT_BYTES / 1024 / 1024 }),
    );
  }

  get files(): File[] {
    return this.#shots.map((shot) => shot.file);
  }

  /** Where the form's status line lives (announces additions and removals). */
  get status(): HTMLElement {
    return this.#status;
  }

  /** Images from a paste anywhere in the form; true when it held any file. */
  paste(event: ClipboardEvent): boolean {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (files.length === 0) return false;
    event.preventDefault();
    this.add(files);
    return true;
  }

  add(files: File[]): void {
    if (files.length === 0) return;
    const t = this.#hooks.t;
    const { accepted, problems } = checkScreenshots(t, this.#shots.length, files);
    for (const file of accepted) this.#shots.push({ file, url: URL.createObjectURL(file) });
    this.#hooks.problems(problems);
    if (accepted.length === 0) return;
    this.#render();
    const counts = { count: accepted.length, total: this.#shots.length, max: MAX_SCREENSHOTS };
    this.#status.textContent = t(accepted.length > 1 ? 'widget.screenshots.addedMany' : 'widget.screenshots.addedOne', counts);
    this.#hooks.changed();
  }

  clear(): void {
    for (const shot of this.#shots) URL.revokeObjectURL(shot.url);
    this.#shots = [];
    this.#render();
    this.#status.textContent = '';
  }

  #remove(index: number): void {
    const [shot] = this.#shots.splice(index, 1);
    if (shot) URL.revokeObjectURL(shot.url);
    this.#render();
    this.#hooks.problems([]);
    this.#status.textContent = this.#hooks.t('widget.screenshots.removed', { total: this.#shots.length, max: MAX_SCREENSHOTS });
    this.#hooks.changed();
    // Focus stays in the list (or returns to the picker) rather than falling to <body>.
    const buttons = this.list.querySelectorAll('button');
    (buttons[Math.min(index, buttons.length - 1)] ?? this.button).focus();
  }

  #render(): void {
    const t = this.#hooks.t;
    const items = this.#shots.map((shot, i) => {
      const n = i + 1;
      const name = shot.file.name || t('widget.screenshots.pastedNumbered', { n });
      const label = t('widget.screenshots.label', { n, name });
      const img = h('img', { attrs: { src: shot.url, alt: label } });
      // A file the browser cannot draw still gets a tidy tile (the server has the last word on it).
      img.addEventListener(
        'error',
        () => img.replaceWith(h('span', { class: 'noprev', text: t('widget.screenshots.noPreview'), attrs: { role: 'img', 'aria-label': label } })),
        { once: true },
      );
      const remove = h('button', { class: 'remove', text: '×', attrs: { type: 'button', 'aria-label': t('widget.screenshots.remove', { n, name }) } });
      remove.addEventListener('click', () => this.#remove(i));
      return h('li', {}, [img, remove]);
    });
    this.list.replaceChildren(...items);
    this.button.disabled = this.#shots.length >= MAX_SCREENSHOTS;
  }
}
