import { candidateWordsIn } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';
import { fill } from '../../widget/messages/catalogue';

/**
 * What a reader is told about a pasted link on a host that is not ours (another
 * domain, `ours@elsewhere`, a look-alike in another script), and the trace step that
 * says so. The diagnose API and the chat both answer with it.
 */
export function foreignLinkNotice(host: string, publicUrl: string, language: Locale) {
  const ours = new URL(publicUrl).host;
  return {
    host,
    ours,
    message: fill(candidateWordsIn(language).foreignLink, { host, ours }),
    step: { check: 'link-host', result: false, detail: `${host} is not ${ours}` },
  };
}
