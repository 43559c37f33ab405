// Entry of /assets/console.js: which page this is comes from <body data-page>.
import { signInAgain } from '../../../inbox/client/api';
import { startTranscriptDetail } from './transcript-detail';
import { startTranscriptList } from './transcript-list';

function signOut(): void {
  void fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' }).finally(signInAgain);
}

function start(): void {
  document.getElementById('sign-out')?.addEventListener('click', signOut);
  const { page, conversationId } = document.body.dataset;
  if (page === 'list') startTranscriptList();
  else if (page === 'detail' && conversationId) startTranscriptDetail(conversationId);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
