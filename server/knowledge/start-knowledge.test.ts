import { join } from 'node:path';
import { startKnowledge } from './start-knowledge';
import type { KnowledgeLogger } from './watch-knowledge';

const kbDir = join(__dirname, '../../knowledge');
const messages: string[] = [];
const logger: KnowledgeLogger = { info: (_d, message) => messages.push(message), error: (_d, message) => messages.push(message) };

describe('startKnowledge', () => {
  beforeEach(() => (messages.length = 0));

  it('loads once when watching is off', () => {
    const handle = startKnowledge({ kbDir, kbWatch: false }, logger);
    expect(handle.current().ids()).toHaveLength(32);
    expect(handle.current()).toBe(handle.current());
    expect(messages).toEqual(['knowledge base loaded']);
    handle.stop();
  });

  it('watches the directory when asked to', () => {
    const handle = startKnowledge({ kbDir, kbWatch: true }, logger);
    expect(handle.current().has('link-expired')).toBe(true);
    expect(messages).toEqual(['knowledge base loaded; watching for edits']);
    handle.stop();
  });

  it('refuses to start on a directory without the articles', () => {
    expect(() => startKnowledge({ kbDir: join(__dirname, '../diagnosis'), kbWatch: false }, logger)).toThrow(/missing article for scenario link-expired/);
  });
});
