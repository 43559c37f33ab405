// Entry of /assets/inbox.js: which page this is comes from <body data-page>.
import { signInAgain } from './api';
import { startTicketDetail } from './ticket-detail';
import { startTicketList } from './ticket-list';

function signOut(): void {
  void fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' }).finally(signInAgain);
}

function start(): void {
  document.getElementById('sign-out')?.addEventListener('click', signOut);
  const { page, ticketId } = document.body.dataset;
  if (page === 'list') startTicketList();
  else if (page === 'detail' && ticketId) startTicketDetail(ticketId);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
