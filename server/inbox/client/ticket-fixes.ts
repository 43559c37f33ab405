// The recruiter's side of a request: the fixes the org's policy allows, one click
// each with what else it does spelled out, a reply to the candidate, and resolve.
import { api, ApiError } from './api';
import { card, h } from './dom';
import type { ProposedFix, TicketAction, TicketDetail } from './ticket-types';

const DONE: Record<TicketAction['type'], string> = {
  reissue: 'A new invitation was sent; the old link no longer works.',
  extend: 'The deadline was extended.',
  reset: 'The link was reset.',
  resend: 'The link was sent again.',
  reply: 'Your reply was sent.',
  resolve: 'The request is marked resolved.',
};
const TOLD = ' The candidate sees it in the chat and gets an email.';

export type AfterAction = (notice: { ok: boolean; text: string }) => void;

type Run = (action: TicketAction, button: HTMLButtonElement) => void;

// Undoing these is not possible (the old link dies, or the candidate's answers go):
// the recruiter confirms after reading what will happen.
const CONFIRM: Partial<Record<ProposedFix['type'], string>> = {
  reissue: 'Confirm: send a new invitation',
  reset: 'Confirm: reset the link',
};

export const EXTEND_PRESETS: [label: string, hours: number][] = [
  ['24 hours', 24],
  ['2 days', 48],
  ['3 days', 72],
  ['1 week', 168],
];

/** A panel under the fix's button: what will happen, then the confirming button (and, to extend, the new deadline). */
function confirmPanel(fix: ProposedFix, i: number, run: Run, close: () => void): HTMLElement {
  const confirm = h('button', { class: 'btn primary', text: CONFIRM[fix.type] ?? 'Confirm: extend', attrs: { type: 'submit' } });
  const cancel = h('button', { class: 'btn', text: 'Cancel', attrs: { type: 'button' } });
  cancel.addEventListener('click', close);
  const fields: Node[] = fix.type === 'extend' ? extendFields(i) : [];
  const form = h('form', { class: 'confirm stack', attrs: { 'aria-label': `Confirm ${fix.label}` } }, [
    h('p', { text: `This will: ${fix.sideEffect} The candidate is told in the chat and by email.` }),
    ...fields,
    h('div', { class: 'row' }, [confirm, cancel]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fix.type !== 'extend') return run({ type: fix.type }, confirm);
    const action = extendAction(form);
    if (action) run(action, confirm);
  });
  return form;
}

function extendFields(i: number): Node[] {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const presets = EXTEND_PRESETS.map(([label, hours], n) =>
    h('label', { class: 'choice' }, [
      h('input', { attrs: { type: 'radio', name: `extend-${i}`, value: String(hours), ...(n === 1 ? { checked: '' } : {}) } }),
      ` ${label} from now`,
    ]),
  );
  const custom = h('label', { class: 'choice' }, [h('input', { attrs: { type: 'radio', name: `extend-${i}`, value: 'custom' } }), ' Until:']);
  const picker = h('input', { attrs: { type: 'datetime-local', name: 'until', 'aria-label': `New deadline, your time (${zone})` } });
  picker.addEventListener('focus', () => ((custom.querySelector('input') as HTMLInputElement).checked = true));
  return [
    h('fieldset', {}, [
      h('legend', { text: 'New deadline' }),
      ...presets,
      h('div', { class: 'row' }, [custom, picker]),
      h('p', { class: 'muted', text: `Date and time in your zone, ${zone}.` }),
      h('p', { class: 'error', attrs: { role: 'alert' } }),
    ]),
  ];
}

function extendAction(form: HTMLFormElement): TicketAction | null {
  const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
  const error = form.querySelector('.error') as HTMLElement;
  if (chosen !== 'custom') return { type: 'extend', hours: Number(chosen ?? 48) };
  const value = (form.elements.namedItem('until') as HTMLInputElement).value;
  // datetime-local is the browser's own zone: the Date it makes is the instant meant.
  const until = value ? new Date(value) : null;
  if (!until || Number.isNaN(until.getTime()) || until.getTime() <= Date.now()) {
    error.textContent = 'Choose a date and time in the future.';
    return null;
  }
  return { type: 'extend', expiresAt: until.toISOString() };
}

const STATE_TEXT = { done: 'Done', withdrawn: 'No longer needed: the link’s state changed' } as const;

function fixBlock(fix: ProposedFix, i: number, run: Run): HTMLElement {
  const effectId = `fix-${i}-effect`;
  const state = fix.state ?? 'available';
  const recommended = fix.recommended && state === 'available';
  const button = h('button', {
    class: recommended ? 'btn primary' : 'btn',
    text: fix.label,
    attrs: { type: 'button', 'aria-describedby': effectId, 'data-fix': fix.type, 'aria-expanded': 'false' },
  });
  if (state !== 'available') button.disabled = true;
  const block = h('div', { class: `fix ${state}${recommended ? ' recommended' : ''}`, attrs: { 'data-state': state } }, [
    ...(recommended ? [h('div', { class: 'tag', text: 'Recommended' })] : []),
    ...(state !== 'available' ? [h('div', { class: `tag ${state}`, text: STATE_TEXT[state] })] : []),
    button,
    h('p', { text: `What else happens: ${fix.sideEffect}`, attrs: { id: effectId } }),
  ]);
  button.addEventListener('click', () => {
    if (fix.type === 'resend') return run({ type: 'resend' }, button);
    const open = block.querySelector('form.confirm');
    if (open) return;
    const close = () => {
      block.querySelector('form.confirm')?.remove();
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    };
    const panel = confirmPanel(fix, i, run, close);
    block.append(panel);
    button.setAttribute('aria-expanded', 'true');
    (panel.querySelector('button[type="submit"]') as HTMLButtonElement).focus();
  });
  return block;
}

function textForm(id: string, label: string, submit: string, required: boolean, send: (text: string, button: HTMLButtonElement) => void): HTMLFormElement {
  const area = h('textarea', { attrs: { id, name: id, maxlength: '5000', ...(required ? { required: '' } : {}) } });
  const button = h('button', { class: 'btn', text: submit, attrs: { type: 'submit' } });
  const form = h('form', { class: 'stack' }, [h('label', { text: label, attrs: { for: id } }), area, h('div', {}, [button])]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (required && !area.value.trim()) {
      area.setAttribute('aria-invalid', 'true');
      area.focus();
      return;
    }
    area.removeAttribute('aria-invalid');
    send(area.value.trim(), button);
  });
  return form;
}

export function fixesCard(ticket: TicketDetail, after: AfterAction): HTMLElement {
  const run = async (action: TicketAction, button: HTMLButtonElement) => {
    const panel = button.closest('.card');
    panel?.querySelectorAll('button').forEach((b) => (b.disabled = true));
    try {
      await api(`/api/v1/tickets/${encodeURIComponent(ticket.id)}/actions`, action);
      const told = ticket.conversationId || ticket.contactEmail || ticket.candidate ? TOLD : '';
      after({ ok: true, text: `${DONE[action.type]}${action.type === 'resolve' ? '' : told}` });
    } catch (error) {
      panel?.querySelectorAll('button').forEach((b) => (b.disabled = false));
      after({ ok: false, text: error instanceof ApiError ? error.message : 'The action failed. Try again.' });
    }
  };
  const fixes = ticket.proposedFixes.map((fix, i) => fixBlock(fix, i, (a, b) => void run(a, b)));
  const intro = fixes.length
    ? h('p', { class: 'muted', text: 'Allowed by your policy for this link, best first.' })
    : h('p', { class: 'muted', text: 'No fix applies to this link (no valid link, or the job is not open). You can still reply.' });
  return card('Fix it', 'fixes-title', [
    intro,
    ...fixes,
    textForm('reply-text', 'Reply to the candidate', 'Send reply', true, (message, b) => void run({ type: 'reply', message }, b)),
    textForm(
      'resolve-note',
      'Note for the candidate (optional)',
      'Mark resolved',
      false,
      (note, b) => void run(note ? { type: 'resolve', note } : { type: 'resolve' }, b),
    ),
  ]);
}
