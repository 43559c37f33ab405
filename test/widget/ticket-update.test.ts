import { TicketTracker, ticketUpdateMessage } from '../../widget/ticket-update';
import { useWords } from '../../widget/messages/catalogue';

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

describe('TicketTracker', () => {
  it('adds only what the posted messages did not say', () => {
    const tracker = new TicketTracker();
    tracker.filed('t1', 'LD-AAAA-BBBB');
    tracker.shown('A link was sent to you.');
    expect(tracker.update({ ticketId: 't1', status: 'in_progress', reply: 'A link was sent to you.' }, 'a')).toMatchObject({
      role: 'system',
      text: 'Your request LD-AAAA-BBBB is being handled.',
    });
    tracker.shown('Thanks, looking into it.');
    expect(tracker.update({ ticketId: 't1', status: 'in_progress', reply: 'Thanks, looking into it.' }, 'b')).toBeNull();
    expect(tracker.update({ ticketId: 't1', status: 'resolved' }, 'c')).toMatchObject({ text: 'Your request LD-AAAA-BBBB is resolved.' });
  });

  it('shows the words when no message carried them', () => {
    const tracker = new TicketTracker();
    expect(tracker.update({ ticketId: 't2', status: 'in_progress', reply: 'Call me.' }, 'a')).toMatchObject({
      role: 'recruiter',
      text: 'Call me.\n\nYour request is being handled.',
    });
  });
});

describe('ticketUpdateMessage in another language', () => {
  afterEach(() => useWords('en', {}));

  it('words the update through the active catalogue', () => {
    useWords('es', {
      'widget.ticket.requestRef': 'Tu solicitud {reference}',
      'widget.ticket.status': '{request} está {status}.',
      'widget.ticket.resolved': 'resuelta',
    });
    expect(ticketUpdateMessage({ ticketId: 't1', status: 'resolved' }, 'LD-1', 'x').text).toBe('Tu solicitud LD-1 está resuelta.');
  });
});
