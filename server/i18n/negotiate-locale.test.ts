import { detectMessageLanguage } from './detect-language';
import { fromAcceptLanguage, negotiateLocale } from './negotiate-locale';

describe('negotiateLocale: first match wins', () => {
  it('a pinned language (data-locale, the menu) beats the message and the browser', () => {
    expect(negotiateLocale({ chosen: 'hi', detected: 'es', browser: 'fr-FR', acceptLanguage: 'pt' })).toEqual({ locale: 'hi', source: 'chosen' });
  });

  it('then the language the candidate writes in', () => {
    expect(negotiateLocale({ detected: 'es', browser: 'fr-FR' })).toEqual({ locale: 'es', source: 'detected' });
  });

  it('then the browser: navigator.language before Accept-Language', () => {
    expect(negotiateLocale({ browser: 'pt-BR', acceptLanguage: 'fr' })).toEqual({ locale: 'pt', source: 'browser' });
    expect(negotiateLocale({ acceptLanguage: 'de-DE,de;q=0.9,fr;q=0.8,en;q=0.5' })).toEqual({ locale: 'fr', source: 'browser' });
  });

  it('then English; an unsupported or malformed value is skipped, never an error', () => {
    expect(negotiateLocale({ chosen: 'xx', browser: 'de-DE', acceptLanguage: '*;q=0.1' })).toEqual({ locale: 'en', source: 'default' });
    expect(negotiateLocale({ chosen: '', detected: null, browser: null, acceptLanguage: ';;;,q=' })).toEqual({ locale: 'en', source: 'default' });
  });

  it('takes a regional tag as its language', () => {
    expect(negotiateLocale({ chosen: 'es-MX' }).locale).toBe('es');
    expect(negotiateLocale({ chosen: 'FR_ca' }).locale).toBe('fr');
  });

  it('reads Accept-Language by its q-values, not its order', () => {
    expect(fromAcceptLanguage('en;q=0.2, hi-IN;q=0.9')).toBe('hi');
    expect(fromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('detectMessageLanguage', () => {
  it.each([
    ['mi link de la evaluación dice que caducó, que hago?', 'es'],
    ['o link da entrevista expirou ontem, o que eu faço agora?', 'pt'],
    ['bonjour, le lien de mon entretien ne marche plus, que dois-je faire ?', 'fr'],
    ['my assessment link says it has expired, what can I do', 'en'],
    ['मेरा लिंक काम नहीं कर रहा', 'hi'],
    ['mera link expire ho gaya hai ab kya karu', 'hi'],
    ['camera nahi chal raha hai interview me', 'hi'],
  ])('%s → %s', (message, language) => {
    expect(detectMessageLanguage(message)).toBe(language);
  });

  it('leaves short or ambiguous messages unlabelled rather than switching language on a guess', () => {
    for (const message of ['help pls', 'ok', 'link??', '😭😭', '12345', '']) expect(detectMessageLanguage(message)).toBeNull();
  });
});

describe('detectMessageLanguage, as the understanding records it', () => {
  it('names the language of a clear sentence and gives up on unclear ones', () => {
    expect(detectMessageLanguage('bonjour, le lien ne marche plus, il dit que le délai est dépassé')).toBe('fr');
    expect(detectMessageLanguage('oi, o link da avaliação não abre, diz que expirou')).toBe('pt');
    expect(detectMessageLanguage('')).toBeNull();
  });
});
