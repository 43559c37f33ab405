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

function fixBlock(fix: ProposedFix, i: number, run: (action: TicketAction, button: HTMLButtonElement) => void): HTMLElement {
  const effectId = `fix-${i}-effect`;
  const button = h('button', { class: fix.recommended ? 'btn primary' : 'btn', text: fix.label, attrs: { type: 'button', 'aria-describedby': effectId, 'data-fix': fix.type } });
  button.addEventListener('click', () => run({ type: fix.type }, button));
  return h('div', { class: fix.recommended ? 'fix recommended' : 'fix' }, [
    ...(fix.recommended ? [h('div', { class: 'tag', text: 'Recommended' })] : []),
    button,
    h('p', { text: `What else happens: ${fix.sideEffect}`, attrs: { id: effectId } }),
  ]);
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
    textForm('resolve-note', 'Note for the candidate (optional)', 'Mark resolved', false, (note, b) => void run(note ? { type: 'resolve', note } : { type: 'resolve' }, b)),
  ]);
}
