import { directionOf, intlTagFor, negotiateLocale } from '../../widget/locale';
import { addEnglish, currentIntlTag, currentLocale, fill, t, useWords } from '../../widget/messages/catalogue';

describe("negotiateLocale: data-locale, the candidate's choice, the browser, English", () => {
  it("takes the embed's data-locale first, as an explicit choice", () => {
    expect(negotiateLocale({ attribute: 'pt-BR', chosen: 'fr', browser: ['hi-IN'] })).toEqual({ locale: 'pt', explicit: 'pt' });
  });

  it('then the language the candidate picked before', () => {
    expect(negotiateLocale({ attribute: null, chosen: 'fr', browser: ['es-ES'] })).toEqual({ locale: 'fr', explicit: 'fr' });
    // An unsupported data-locale does not hide the candidate's choice.
    expect(negotiateLocale({ attribute: 'de', chosen: 'hi', browser: [] })).toEqual({ locale: 'hi', explicit: 'hi' });
  });

  it('then the first supported language of the browser, which is not an explicit choice', () => {
    expect(negotiateLocale({ browser: ['de-DE', 'es-MX', 'en'] })).toEqual({ locale: 'es' });
    expect(negotiateLocale({ chosen: 'klingon', browser: ['fr-CA'] })).toEqual({ locale: 'fr' });
  });

  it('falls back to English', () => {
    expect(negotiateLocale({ browser: ['de-DE', 'ja'] })).toEqual({ locale: 'en' });
    expect(negotiateLocale({})).toEqual({ locale: 'en' });
  });
});

describe('directionOf and intlTagFor', () => {
  it("writes today's languages left to right and knows the right-to-left ones", () => {
    for (const locale of ['en', 'es', 'pt', 'fr', 'hi']) expect(directionOf(locale)).toBe('ltr');
    expect(directionOf('ar')).toBe('rtl');
  });

  it("keeps the browser's regional format when it is a variant of the widget's language", () => {
    expect(intlTagFor('es', 'es-MX')).toBe('es-MX');
    expect(intlTagFor('hi', 'en-US')).toBe('hi');
    expect(intlTagFor('fr', undefined)).toBe('fr');
  });
});

describe('the catalogue', () => {
  afterEach(() => useWords('en', {}, 'en'));

  it('answers in the active language, in English for a key it lacks, and never blank', () => {
    useWords('es', { 'widget.send': 'Enviar' }, 'es-ES');
    expect(t('widget.send')).toBe('Enviar');
    expect(t('widget.close')).toBe('Close chat');
    expect(currentLocale()).toBe('es');
    expect(currentIntlTag()).toBe('es-ES');
  });

  it('knows the English of parts loaded on demand once they are added', () => {
    expect(t('widget.escalation.submit')).toBe('widget.escalation.submit');
    addEnglish({ 'widget.escalation.submit': 'Send to the recruiter' });
    expect(t('widget.escalation.submit')).toBe('Send to the recruiter');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} of {max}', { count: 2 })).toBe('2 of {max}');
  });
});
