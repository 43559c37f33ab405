import type { CandidateWords } from '../i18n/candidate-words';
import { CANDIDATE_WORDS_EN } from '../i18n/candidate-words';
import { fill } from '../../widget/messages/catalogue';
import type { ChatRole } from './chat-events';

export interface TranscriptLine {
  role: ChatRole;
  text: string;
  at: Date;
}

const utc = (d: Date) => `${d.toISOString().replace('T', ' ').slice(0, 16)} UTC`;

/** "Email me this conversation": the whole conversation as plain text, in the candidate's language. Pure. */
export function transcriptMail(
  lines: TranscriptLine[],
  to: string,
  jobTitle: string | null,
  words: CandidateWords = CANDIDATE_WORDS_EN,
): { to: string; subject: string; text: string } {
  const { mail } = words;
  const body = lines.map((line) => `[${utc(line.at)}] ${mail.roles[line.role] ?? line.role}:\n${line.text.trim()}`);
  return {
    to,
    subject: jobTitle ? fill(mail.transcriptSubject, { jobTitle }) : mail.transcriptSubjectNoJob,
    text: [mail.transcriptIntro, '', body.join('\n\n'), '', mail.transcriptFooter].join('\n'),
  };
}
