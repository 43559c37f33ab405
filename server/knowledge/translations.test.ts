import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRANSLATED_LOCALES } from './load-translations';
import { lintKnowledge } from './kb-lint';
import { loadKnowledge } from './load-knowledge';
import { createKnowledgeBase } from './knowledge-base';
import { findPlaceholders } from './template';
import { expiredFacts, fullFacts } from './test-fixtures';

const KNOWLEDGE = join(__dirname, '../../knowledge');

describe('the real translations', () => {
  const loaded = loadKnowledge(KNOWLEDGE);

  it('cover every candidate article in every language, up to date, and nothing for recruiters', () => {
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    const candidateIds = loaded.articles.filter((a) => a.audience === 'candidate').map((a) => a.id).sort();
    for (const locale of TRANSLATED_LOCALES) expect([...loaded.translations.get(locale)!.keys()].sort()).toEqual(candidateIds);
  });

  it('are really translated: titles differ from the English, and most example questions are new', () => {
    for (const locale of TRANSLATED_LOCALES) {
      for (const [id, translated] of loaded.translations.get(locale)!) {
        const english = loaded.articles.find((a) => a.id === id)!;
        expect(translated.title).not.toBe(english.title);
        // The English files hold a few questions in other languages already; the rest must be new.
        const shared = translated.questions.filter((q) => english.questions.includes(q));
        expect(shared.length).toBeLessThan(translated.questions.length / 3);
      }
    }
  });
});

describe('rendering in a language', () => {
  const loaded = loadKnowledge(KNOWLEDGE);
  const kb = createKnowledgeBase(loaded);
  const facts = expiredFacts({ kind: 'video_interview', jobTitle: 'Data Analyst' });

  it('fills the translated text with the same facts, dates and kinds in that language', () => {
    const es = kb.render('link-expired', { facts, timeZone: 'Europe/Madrid', locale: 'es-ES', language: 'es' });
    expect(es.locale).toBe('es');
    expect(es.notice).toBeUndefined();
    expect(es.title).toBe(loaded.translations.get('es')!.get('link-expired')!.title);
    expect(es.body).toContain('Data Analyst');
    expect(es.body).toContain('entrevista en video');
    expect(es.body).toMatch(/\d+ (días?|horas?)/); // "expired … ago", by Intl in Spanish
    expect(es.body).not.toMatch(/\{\{|\}\}/);
  });

  it('renders every candidate article in every language, under both policies and every kind, without a brace left', () => {
    for (const locale of TRANSLATED_LOCALES) {
      for (const id of kb.ids()) {
        for (const policy of ['strict', 'flexible'] as const) {
          const article = kb.render(id, { facts: fullFacts({ policy }), timeZone: 'Asia/Kolkata', language: locale });
          const expected = id.startsWith('recruiter-') ? 'en' : locale;
          expect({ id, locale: article.locale }).toEqual({ id, locale: expected });
          expect(article.body).not.toMatch(/\{\{|\}\}/);
        }
      }
    }
  });

  it('lists related articles by their translated titles', () => {
    const fr = kb.render('link-expired', { facts, language: 'fr' });
    const frTitles = loaded.translations.get('fr')!;
    for (const related of fr.related) expect(related.title).toBe(frTitles.get(related.id)!.title);
  });

  it('keeps recruiter articles in English whatever is asked', () => {
    expect(kb.render('recruiter-extend-deadline', { facts, language: 'hi' }).locale).toBe('en');
  });
});

describe('kb lint of translations, on a copy', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-i18n-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bumpEnglishVersion = (id: string) => {
    const file = join(dir, `${id}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: (\d+)$/m, (_, v: string) => `version: ${Number(v) + 1}`));
  };

  it('reports a stale translation as a warning, and the answer falls back to English with a note in the language', () => {
    bumpEnglishVersion('link-expired');
    const lint = lintKnowledge(dir);
    expect(lint.ok).toBe(true);
    expect(lint.warnings).toHaveLength(TRANSLATED_LOCALES.length);
    expect(lint.warnings[0]).toMatch(/link-expired\.yaml:\d+:\d+: translatedFrom: stale: translated from version \d+, the English article is now version \d+/);

    const loaded = loadKnowledge(dir);
    const kb = createKnowledgeBase(loaded);
    const article = kb.render('link-expired', { facts: expiredFacts(), language: 'pt' });
    expect(article.locale).toBe('en');
    expect(article.title).toBe('Your link has expired');
    expect(article.notice).toMatch(/portugu/i);
    expect(article.body.startsWith(article.notice!)).toBe(true);
    // The other articles are still in Portuguese.
    expect(kb.render('job-closed', { facts: expiredFacts(), language: 'pt' }).locale).toBe('pt');
  });

  it('reports a missing translation as a warning and falls back the same way', () => {
    unlinkSync(join(dir, 'hi', 'mobile-device.yaml'));
    const lint = lintKnowledge(dir);
    expect(lint.ok).toBe(true);
    expect(lint.warnings).toEqual([`${join(dir, 'hi', 'mobile-device.yaml')}: missing translation of mobile-device; English is shown`]);
    const kb = createKnowledgeBase(loadKnowledge(dir));
    const article = kb.render('mobile-device', { facts: expiredFacts(), language: 'hi' });
    expect(article.locale).toBe('en');
    expect(article.notice).toMatch(/[\u0900-\u097F]/); // said in Hindi
  });

  it('refuses a translation whose placeholders differ from the English, naming file and line', () => {
    const file = join(dir, 'es', 'link-expired.yaml');
    const text = readFileSync(file, 'utf8');
    const [first] = findPlaceholders(text);
    writeFileSync(file, text.replace(`{{${first.name}`, '{{recruiterPhone'));
    const lint = lintKnowledge(dir);
    expect(lint.ok).toBe(false);
    expect(lint.errors.some((e) => e.startsWith(`${file}:`) && /unknown placeholder \{\{recruiterPhone\}\}|placeholders .* differ/.test(e))).toBe(true);
  });

  it('refuses a variant or a step the English article does not have', () => {
    const file = join(dir, 'fr', 'job-closed.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^steps:\n/m, 'steps:\n  - Une étape de plus que l’anglais.\n'));
    const lint = lintKnowledge(dir);
    expect(lint.ok).toBe(false);
    expect(lint.errors.some((e) => e.startsWith(`${file}:`) && e.includes('not in the English article'))).toBe(true);
  });

  it('refuses a translation of a recruiter article, and one claiming a version the English never had', () => {
    writeFileSync(join(dir, 'es', 'recruiter-extend-deadline.yaml'), readFileSync(join(dir, 'es', 'link-expired.yaml'), 'utf8').replace(/^id: .*$/m, 'id: recruiter-extend-deadline'));
    const file = join(dir, 'pt', 'job-closed.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^translatedFrom: \d+$/m, 'translatedFrom: 99'));
    const { errors } = lintKnowledge(dir);
    expect(errors.some((e) => e.includes('recruiter-extend-deadline is for recruiters'))).toBe(true);
    expect(errors.some((e) => e.startsWith(`${file}:`) && e.includes('translatedFrom 99 is newer'))).toBe(true);
  });
});
