import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeLoadError, loadKnowledge, loadKnowledgeOrThrow, type KnowledgeError } from './load-knowledge';

// Each article below is valid; tests break one line and expect that line named.
const expired = (lines: Record<number, string> = {}) =>
  [
    'id: link-expired', // 1
    'audience: candidate', // 2
    'category: state', // 3
    'version: 1', // 4
    'title: Your link has expired', // 5
    'summary: It passed {{deadlineLocal|its deadline}}.', // 6
    'facts:', // 7
    '  - "Expired on {{deadlineLocal}} ({{deadlineUtc}})."', // 8
    'steps:', // 9
    '  - Write to {{recruiterName|the recruiter}}.', // 10
    'questions: [a, b, c, d, e, f]', // 11
    'keywords: [expired]', // 12
    'related:', // 13
    '  - contact-recruiter', // 14
    'offerEscalation: true', // 15
  ]
    .map((line, i) => lines[i + 1] ?? line)
    .join('\n');

const contact = [
  'id: contact-recruiter',
  'audience: candidate',
  'category: question',
  'version: 2',
  'title: Reaching the recruiter',
  'summary: Write to {{recruiterName|the recruiter}}.',
  'steps: [Reply to the invitation email.]',
  'questions: [a, b, c, d, e, f]',
  'keywords: [recruiter]',
  'related: [link-expired]',
  'offerEscalation: true',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function load(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadKnowledge(dir, { requireAllScenarios: false });
}

function only(errors: KnowledgeError[]): KnowledgeError {
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe('loadKnowledge', () => {
  it('loads valid articles with defaults applied', () => {
    const { articles, errors } = load({ 'link-expired.yaml': expired(), 'contact-recruiter.yaml': contact });
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id).sort()).toEqual(['contact-recruiter', 'link-expired']);
    expect(articles.find((a) => a.id === 'contact-recruiter')?.facts).toEqual([]);
  });

  it('names the file and line of a wrong value', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 2: 'audience: candidates' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ file: join(dir, 'link-expired.yaml'), line: 2 });
    expect(error.message).toMatch(/^audience: /);
  });

  it('names the line of a bad list item, deep in the file', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 10: '  - 42' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ line: 10, column: 5 });
    expect(error.message).toMatch(/^steps\[0\]: .*string/);
  });

  it('reports a misspelt key at its line, and the key now missing', () => {
    const { errors } = load({ 'link-expired.yaml': expired({ 12: 'keywordz: [expired]' }), 'contact-recruiter.yaml': contact });
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'keywords: missing required key'],
      [12, 'unknown key(s) keywordz'],
    ]);
  });

  it('names the line of an unknown key inside a variant', () => {
    const variant = 'variants:\n  policy:\n    strict:\n      setps: [x]\nofferEscalation: true';
    const error = only(load({ 'link-expired.yaml': expired({ 15: variant }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ line: 18, column: 7, message: 'variants.policy.strict: unknown key(s) setps' });
  });

  it('reports YAML syntax errors with their line', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 11: 'questions: [a, b' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error.message).toMatch(/^YAML: /);
    expect(error.line).toBeGreaterThanOrEqual(11);
  });

  it('rejects an unknown placeholder at its line', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 8: '  - "Expired on {{deadLine}}."' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ line: 8, message: 'facts[0]: unknown placeholder {{deadLine}}' });
  });

  it('rejects a placeholder without fallback where text is always shown', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 10: '  - Write to {{recruiterName}}.' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ line: 10 });
    expect(error.message).toMatch(/needs a fallback/);
  });

  it('rejects placeholders in questions and malformed braces', () => {
    const { errors } = load({
      'link-expired.yaml': expired({ 5: 'title: Expired {{jobTitle}}', 8: '  - "Expired on {{deadlineLocal}."' }),
      'contact-recruiter.yaml': contact,
    });
    expect(errors.map((e) => e.line).sort()).toEqual([5, 8]);
  });

  it('rejects a related id that no article has', () => {
    const error = only(load({ 'link-expired.yaml': expired() }).errors);
    expect(error).toMatchObject({ line: 14, message: 'related[0]: unknown related id "contact-recruiter": no article has it' });
  });

  it('rejects a related id that is not a scenario id', () => {
    const error = only(load({ 'link-expired.yaml': expired({ 14: '  - contact-recruter' }), 'contact-recruiter.yaml': contact }).errors);
    expect(error).toMatchObject({ line: 14, message: 'related[0]: unknown scenario id "contact-recruter"' });
  });

  it('demands that the id equals the file name and the category fits the scenario', () => {
    const { errors } = load({ 'link-expired.yaml': expired({ 1: 'id: link-valid', 3: 'category: question' }), 'contact-recruiter.yaml': contact });
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'id: id "link-valid" must equal the file name "link-expired"'],
      [3, 'category: category of link-valid must be "state"'],
    ]);
  });

  it('lists every scenario without an article when the base must be complete', () => {
    writeFileSync(join(dir, 'link-expired.yaml'), expired());
    writeFileSync(join(dir, 'contact-recruiter.yaml'), contact);
    const { errors } = loadKnowledge(dir);
    expect(errors).toHaveLength(30);
    expect(errors[0]).toMatchObject({ line: 0, message: expect.stringMatching(/^missing article for scenario /) });
  });
});

describe('loadKnowledgeOrThrow', () => {
  it('throws one error naming every file and line', () => {
    writeFileSync(join(dir, 'link-expired.yaml'), expired({ 4: 'version: zero' }));
    writeFileSync(join(dir, 'contact-recruiter.yaml'), contact);
    let thrown: unknown;
    try {
      loadKnowledgeOrThrow(dir, { requireAllScenarios: false });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KnowledgeLoadError);
    expect((thrown as Error).message).toContain(`${join(dir, 'link-expired.yaml')}:4:10: version: `);
  });
});
