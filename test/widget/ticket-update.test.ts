import { ticketUpdateMessage } from '../../widget/ticket-update';

describe('ticketUpdateMessage', () => {
  it('shows the recruiter reply with the reference the candidate was given', () => {
    const message = ticketUpdateMessage({ ticketId: 't1', status: 'in_progress', reply: 'A new link is on its way.' }, 'LD-ABCD-EFGH', 'x');
    expect(message).toMatchObject({ id: 'x', role: 'recruiter', text: 'A new link is on its way.\n\nYour request LD-ABCD-EFGH is being handled.' });
  });

  it('is a notice when only the status changed, and never shows the internal id', () => {
    const message = ticketUpdateMessage({ ticketId: 'secret-id', status: 'resolved' }, undefined, 'x');
    expect(message).toMatchObject({ role: 'system', text: 'Your request is resolved.' });
    expect(message.text).not.toContain('secret-id');
  });
});

describe('ticketUpdateMessage after the reply already came as a message', () => {
  it('only announces the status', () => {
    const message = ticketUpdateMessage({ ticketId: 't1', status: 'in_progress', reply: 'A new link is on its way.' }, 'LD-ABCD-EFGH', 'x', true);
    expect(message).toMatchObject({ role: 'system', text: 'Your request LD-ABCD-EFGH is being handled.' });
  });
});
