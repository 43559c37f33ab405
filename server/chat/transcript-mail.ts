import type { ChatRole } from './chat-events';

export interface TranscriptLine {
  role: ChatRole;
  text: string;
  at: Date;
}

const WHO: Record<ChatRole, string> = { bot: 'Assistant', candidate: 'You', recruiter: 'Recruiter', agent: 'Support', system: 'Notice' };
const utc = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** "Email me this conversation": the whole conversation as plain text. Pure. */
export function transcriptMail(lines: TranscriptLine[], to: string, jobTitle: string | null): { to: string; subject: string; text: string } {
  const body = lines.map((line) => `[${utc(line.at)}] ${WHO[line.role] ?? line.role}:\n${line.text.trim()}`);
  return {
    to,
    subject: jobTitle ? `Your help conversation about "${jobTitle}"` : 'Your help conversation',
    text: [
      'Here is the conversation you asked for, as it stood when you asked.',
      '',
      body.join('\n\n'),
      '',
      'You received this because someone asked for it in the help chat of your invitation link. It goes only to the address of that invitation.',
    ].join('\n'),
  };
}
