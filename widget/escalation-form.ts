// "Contact the recruiter": what happened, when (the candidate's own time), an email
// for the reply and screenshots, sent as one escalation. Errors sit under their field,
// linked by aria-describedby; focus goes to the first one.
import { h } from './dom';
import { submitEscalation, type EscalationCredentials, type EscalationPayload } from './escalation-client';
import { detailMessage, fieldOfDetail, MAX_DESCRIPTION_LENGTH, validateEscalation, type EscalationField, type FieldError } from './escalation-rules';
import { browserTimeZone, isoWithOffset, parseLocalInput, toLocalInputValue } from './local-datetime';
import { ESCALATION_CSS } from './escalation-styles';
import type { Translate } from './messages/catalogue';
import { ScreenshotPicker } from './screenshot-picker';

// Its sentences travel with it: the caller adds them to the catalogue before the first form.
export { enEscalation } from './messages/en-escalation';

export interface EscalationFormHooks {
  serverUrl: string;
  /** The catalogue's lookup, from the entry module (so that the catalogue is not bundled twice). */
  t: Translate;
  /** The conversation's resume pair and/or the link's token, read at submit time. */
  credentials(): EscalationCredentials;
  sent(ticketId: string, reference: string): void;
  back(): void;
}

const FIELDS: EscalationField[] = ['description', 'occurredAt', 'contactEmail', 'screenshots'];

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Gives an element its text now and again on every relabel, from the catalogue active then. */
type Label = <E extends HTMLElement>(el: E, text: () => string) => E;

function field(id: EscalationField, label: HTMLElement, control: HTMLElement, hint?: HTMLElement): HTMLElement {
  const describedBy = [hint ? `esc-${id}-hint` : '', `esc-${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  label.setAttribute('for', `esc-${id}`);
  hint?.setAttribute('id', `esc-${id}-hint`);
  return h('div', { class: 'field' }, [label, ...(hint ? [hint] : []), control, h('p', { class: 'error', attrs: { id: `esc-${id}-error`, hidden: '' } })]);
}

export class EscalationForm {
  readonly el = h('form', { class: 'esc', attrs: { novalidate: '', 'aria-labelledby': 'esc-title' } });
  readonly description = h('textarea', { attrs: { id: 'esc-description', rows: '4', maxlength: String(MAX_DESCRIPTION_LENGTH), required: '' } });
  readonly occurredAt = h('input', { attrs: { id: 'esc-occurredAt', type: 'datetime-local' } });
  readonly contactEmail = h('input', { attrs: { id: 'esc-contactEmail', type: 'email', autocomplete: 'email', inputmode: 'email' } });
  readonly title = h('h3', { attrs: { id: 'esc-title', tabindex: '-1' } });
  #picker: ScreenshotPicker;
  #formError = h('p', { class: 'error form-error', attrs: { role: 'alert', hidden: '' } });
  #submit = h('button', { class: 'primary', attrs: { type: 'submit' } });
  #done = h('div', { class: 'done', attrs: { role: 'status', tabindex: '-1', hidden: '' } });
  #fields = h('div', { class: 'fields' });
  #hooks: EscalationFormHooks;
  #idempotencyKey: string | null = null;
  #busy = false;

  #relabels: (() => void)[] = [];
  /** The submit button's words, which also say when a request is being sent. */
  #labelSubmit: () => void = () => undefined;

  constructor(hooks: EscalationFormHooks) {
    this.#hooks = hooks;
    const t = hooks.t;
    const label: Label = (el, text) => {
      const apply = () => (el.textContent = text());
      apply();
      this.#relabels.push(apply);
      return el;
    };
    label(this.title, () => t('widget.escalation.title'));
    this.#labelSubmit = () => (this.#submit.textContent = t(this.#busy ? 'widget.escalation.sending' : 'widget.escalation.submit'));
    this.#labelSubmit();
    this.#relabels.push(this.#labelSubmit);
    this.#picker = new ScreenshotPicker({ t, changed: () => this.#changed(), problems: (p) => this.#showError('screenshots', p.join(' ')) });
    const zone = browserTimeZone();
    const shots = h('fieldset', { class: 'field' }, [
      label(h('legend'), () => t('widget.escalation.screenshots')),
      this.#picker.zone,
      this.#picker.list,
      h('p', { class: 'error', attrs: { id: 'esc-screenshots-error', hidden: '' } }),
      this.#picker.status,
    ]);
    this.#picker.button.setAttribute('aria-describedby', 'esc-screenshots-error');
    const back = label(h('button', { class: 'secondary', attrs: { type: 'button' } }), () => t('widget.escalation.back'));
    back.addEventListener('click', () => this.#hooks.back());
    const hint = (text: () => string) => label(h('p', { class: 'hint' }), text);
    this.#fields.append(
      label(h('p', { class: 'intro' }), () => t('widget.escalation.intro')),
      field(
        'description',
        label(h('label'), () => t('widget.escalation.description')),
        this.description,
        hint(() => t('widget.escalation.descriptionHint')),
      ),
      field(
        'occurredAt',
        label(h('label'), () => t('widget.escalation.occurredAt')),
        this.occurredAt,
        hint(() => (zone ? t('widget.escalation.timeZone', { zone }) : t('widget.escalation.localTime'))),
      ),
      field(
        'contactEmail',
        label(h('label'), () => t('widget.escalation.contactEmail')),
        this.contactEmail,
        hint(() => t('widget.escalation.contactEmailHint')),
      ),
      shots,
      this.#formError,
      h('div', { class: 'actions' }, [back, this.#submit]),
    );
    this.el.append(h('style', { text: ESCALATION_CSS }), this.title, this.#fields, this.#done);
    this.#wire();
    this.reset();
  }

  /**
   * Every fixed word again, in the catalogue now active (the candidate switched
   * language): what was typed, picked and shown as errors stays as it is.
   */
  relabel(): void {
    for (const apply of this.#relabels) apply();
    this.#picker.relabel();
  }

  /** Ready for a new request: empty, "when" set to now, previews released. */
  reset(): void {
    this.description.value = '';
    this.contactEmail.value = '';
    this.occurredAt.value = toLocalInputValue(new Date());
    this.occurredAt.max = toLocalInputValue(new Date(Date.now() + 24 * 3_600_000));
    this.#picker.clear();
    for (const name of FIELDS) this.#showError(name, '');
    this.#setFormError('');
    this.#idempotencyKey = null;
    this.#done.hidden = true;
    this.#fields.hidden = false;
  }

  /** Showing the confirmation of a sent request. */
  get done(): boolean {
    return !this.#done.hidden;
  }

  /** Releases the previews' object URLs; the form stays usable. */
  dispose(): void {
    this.#picker.clear();
  }

  #wire(): void {
    this.el.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#send();
    });
    this.el.addEventListener('input', (event) => {
      this.#changed();
      // The candidate is fixing it: the old message would only nag.
      const name = (event.target as HTMLElement).id.replace(/^esc-/, '') as EscalationField;
      if (FIELDS.includes(name)) this.#showError(name, '');
    });
    this.el.addEventListener('paste', (event) => this.#picker.paste(event));
  }

  // Another request is another submission: a retry must not reuse a key for new content.
  #changed(): void {
    if (!this.#busy) this.#idempotencyKey = null;
  }

  async #send(): Promise<void> {
    if (this.#busy) return;
    const occurred = parseLocalInput(this.occurredAt.value);
    const t = this.#hooks.t;
    const errors = validateEscalation(
      t,
      { description: this.description.value, occurredAt: this.occurredAt.value, contactEmail: this.contactEmail.value },
      occurred,
      new Date(),
    );
    if (!this.#showErrors(errors)) return;
    this.#idempotencyKey ??= randomKey();
    const payload: EscalationPayload = {
      ...this.#hooks.credentials(),
      description: this.description.value.trim(),
      contactEmail: this.contactEmail.value.trim() || undefined,
      occurredAt: occurred ? isoWithOffset(occurred) : undefined,
      timeZone: browserTimeZone(),
      screenshots: this.#picker.files,
    };
    this.#setBusy(true);
    try {
      const result = await submitEscalation(this.#hooks.serverUrl, payload, this.#idempotencyKey);
      if (result.ok) return this.#sent(result.ticketId, result.reference);
      const names = payload.screenshots.map((file) => file.name);
      const mapped = result.details.map((d) => ({ field: fieldOfDetail(d.field), message: detailMessage(t, d, names) }));
      const byField = mapped.filter((d): d is FieldError => d.field !== null);
      this.#showErrors(byField);
      const message = result.message || t('widget.escalation.serverAnswered', { status: result.status });
      if (byField.length === 0 || result.status >= 429) this.#setFormError(message, true);
    } catch {
      this.#setFormError(t('widget.escalation.unreachable', { submit: t('widget.escalation.submit') }), true);
    } finally {
      this.#setBusy(false);
    }
  }

  #sent(ticketId: string, reference: string): void {
    const email = this.contactEmail.value.trim();
    this.#picker.clear();
    this.#fields.hidden = true;
    const t = this.#hooks.t;
    const back = h('button', { class: 'primary', text: t('widget.escalation.back'), attrs: { type: 'button' } });
    back.addEventListener('click', () => this.#hooks.back());
    this.#done.replaceChildren(
      h('p', { class: 'done-title', text: t('widget.escalation.sent') }),
      h('p', {}, [document.createTextNode(`${t('widget.escalation.reference')} `), h('strong', { class: 'reference', text: reference })]),
      h('p', { text: email ? t('widget.escalation.replyTo', { email }) : t('widget.escalation.replyToYou') }),
      back,
    );
    this.#done.hidden = false;
    this.#done.focus();
    this.#hooks.sent(ticketId, reference);
  }

  /** Shows every field's error (clearing the others); true when there were none. */
  #showErrors(errors: FieldError[]): boolean {
    for (const name of FIELDS)
      this.#showError(
        name,
        errors
          .filter((e) => e.field === name)
          .map((e) => e.message)
          .join(' '),
      );
    this.#setFormError('');
    const first = FIELDS.find((name) => errors.some((e) => e.field === name));
    if (!first) return true;
    (first === 'screenshots' ? this.#picker.button : this.el.querySelector<HTMLElement>(`#esc-${first}`))?.focus();
    return false;
  }

  #showError(name: EscalationField, message: string): void {
    const error = this.el.querySelector<HTMLElement>(`#esc-${name}-error`);
    if (!error) return;
    error.textContent = message;
    error.hidden = !message;
    const control = name === 'screenshots' ? this.#picker.button : this.el.querySelector(`#esc-${name}`);
    if (message) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }

  #setFormError(message: string, focus = false): void {
    this.#formError.textContent = message;
    this.#formError.hidden = !message;
    if (message && focus) this.#submit.focus();
  }

  #setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#submit.disabled = busy;
    this.#labelSubmit();
    this.el.setAttribute('aria-busy', String(busy));
  }
}
