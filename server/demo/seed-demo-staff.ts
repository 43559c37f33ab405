import { ConversationService } from '../chat/conversation-service';
import type { Org } from '../orgs/org-store';
import { generateSecret } from '../security/secrets';
import type { Services } from '../services';

// The staff side of the demo: a recruiter per demo org and one platform support
// agent, with a few conversations and tickets so that neither the inbox nor the
// console starts empty. Passwords are random, hashed like any other, and printed once.

export interface DemoLogin {
  role: 'recruiter' | 'agent';
  email: string;
  password: string;
  /** Where to sign in, and what they see there. */
  page: '/inbox' | '/console';
  sees: string;
}

/** A candidate's conversation about one link: what they say, and the ticket they raise, if any. */
interface DemoChat {
  token: string;
  say: string[];
  ticket?: string;
}

const slug = (name: string) => name.split(' ')[0].toLowerCase();

export async function seedDemoStaff(services: Services, orgs: { org: Org; chats: DemoChat[] }[]): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const { org, chats } of orgs) {
    const email = `recruiter.${slug(org.name)}@example.com`;
    const password = generateSecret(12);
    await services.users.create({ email, password, role: 'recruiter', orgId: org.id });
    logins.push({ role: 'recruiter', email, password, page: '/inbox', sees: `${org.name} only` });
    for (const chat of chats) await converse(services, chat);
  }
  const password = generateSecret(12);
  await services.users.create({ email: 'support@example.com', password, role: 'agent' });
  logins.push({ role: 'agent', email: 'support@example.com', password, page: '/console', sees: 'every org (platform support)' });
  return logins;
}

/** The same path a widget takes: open, diagnosis, each message answered, then the escalation. */
async function converse(services: Services, chat: DemoChat): Promise<void> {
  const conversations = new ConversationService(services, services.conversations);
  const { conversationId, resumeSecret } = await conversations.start({ token: chat.token, timeZone: 'Europe/London' });
  await conversations.opening(conversationId);
  for (const [i, text] of chat.say.entries()) {
    await conversations.receive(conversationId, { text, clientMessageId: `demo-${i}` });
    await conversations.answer(conversationId, text);
  }
  if (chat.ticket) {
    await services.escalation.escalate({ conversationId, resumeSecret, description: chat.ticket, screenshots: [], timeZone: 'Europe/London' });
  }
}
