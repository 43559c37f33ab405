// One action for several selected requests. The policy still decides per request: the
// server refuses what a link's state or the org's policy does not allow (409), and the
// bar says which went through and which did not, and why.
import { api, ApiError } from './api';
import { h } from './dom';
import type { TicketSummary } from './ticket-types';

type BulkType = 'resend' | 'reissue' | 'resolve';

const BULK: Record<BulkType, { label: string; effect: string }> = {
  resend: { label: 'Re-send their links', effect: 'each candidate gets their link again by email; links whose state does not allow it are skipped' },
  reissue: { label: 'Reissue', effect: 'each candidate gets a new invitation and their old link stops working at once' },
  resolve: { label: 'Mark resolved', effect: 'each request is closed; the candidates are not written to' },
};

export interface BulkBar {
  element: HTMLElement;
  /** Shows how many are selected (hidden at none). */
  update(selected: TicketSummary[]): void;
}

async function runAll(type: BulkType, tickets: TicketSummary[]): Promise<string> {
  const refused: string[] = [];
  let done = 0;
  for (const ticket of tickets) {
    try {
      await api(`/api/v1/tickets/${encodeURIComponent(ticket.id)}/actions`, { type });
      done += 1;
    } catch (error) {
      refused.push(`${ticket.reference}: ${error instanceof ApiError ? error.message : 'failed'}`);
    }
  }
  return `Done for ${done} of ${tickets.length}.${refused.length ? ` Not done: ${refused.join('; ')}.` : ''}`;
}

export function createBulkBar(after: (notice: string) => void): BulkBar {
  let selected: TicketSummary[] = [];
  const count = h('span', { class: 'count' });
  const panel = h('div', { class: 'confirm' });
  const buttons = (Object.keys(BULK) as BulkType[]).map((type) => {
    const button = h('button', { class: 'btn', text: BULK[type].label, attrs: { type: 'button' } });
    button.addEventListener('click', () => ask(type));
    return button;
  });
  const element = h('div', { class: 'bulk', attrs: { role: 'region', 'aria-label': 'Selected requests' } }, [count, ...buttons, panel]);
  element.hidden = true;

  function ask(type: BulkType): void {
    const go = h('button', { class: 'btn primary', text: `Confirm: ${BULK[type].label.toLowerCase()} (${selected.length})`, attrs: { type: 'button' } });
    const cancel = h('button', { class: 'btn', text: 'Cancel', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => panel.replaceChildren());
    go.addEventListener('click', () => {
      go.disabled = true;
      void runAll(type, selected).then((notice) => {
        panel.replaceChildren();
        after(notice);
      });
    });
    panel.replaceChildren(h('p', { text: `This will, for ${selected.length} request${selected.length === 1 ? '' : 's'}: ${BULK[type].effect}.` }), go, cancel);
    go.focus();
  }

  return {
    element,
    update(next) {
      selected = next;
      element.hidden = next.length === 0;
      count.textContent = `${next.length} selected:`;
      if (next.length === 0) panel.replaceChildren();
    },
  };
}
