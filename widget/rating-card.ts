// "How helpful was this chat?": five labelled choices, an optional comment, one send.
// Its own chunk: shown after "That solved it" or a resolved ticket, never before.
import type { ChatAck } from '../server/chat/chat-events';
import { h } from './dom';
import type { Translate } from './messages/catalogue';

// Its English sentences travel with it: the caller adds them to the catalogue.
export { enLater } from './messages/en-later';

export type SendRating = (score: number, comment: string) => Promise<ChatAck>;

/** `t` comes from the caller, so that the catalogue stays in the entry module (better compressed there). */
const RATING_CSS = `.rating { display: flex; flex-direction: column; gap: 8px; align-self: stretch; max-width: none; }
.scores { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.scores legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.score { position: relative; }
.score input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.score label { display: inline-block; padding: 2px 8px; border: 1px solid #64748b; border-radius: 6px; cursor: pointer; }
.score input:checked + label { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
.score input:focus-visible + label { outline: 3px solid #1e3a8a; outline-offset: 2px; }
.rating textarea { width: 100%; padding: 6px 8px; border: 1px solid #64748b; border-radius: 8px; font: inherit; background: inherit; color: inherit; }
.thanks { margin: 0; }`;

/**
 * `maxComment` is chat-events' MAX_RATING_COMMENT_LENGTH, passed in: importing the value
 * here would move chat-events' constants into a chunk of their own, one more file
 * before the first answer.
 */
export function ratingCard(send: SendRating, t: Translate, maxComment: number): HTMLElement {
  const form = h('form', { class: 'msg system rating', attrs: { 'aria-labelledby': 'rating-q' } });
  form.append(h('style', { text: RATING_CSS }));
  const scores = h('fieldset', { class: 'scores' }, [h('legend', { text: t('widget.rating.question'), attrs: { id: 'rating-q' } })]);
  for (let score = 1; score <= 5; score++) {
    const id = `rating-${score}`;
    const input = h('input', { attrs: { type: 'radio', name: 'score', value: String(score), id, required: '' } });
    input.setAttribute('aria-label', t('widget.rating.score', { score }));
    scores.append(h('span', { class: 'score' }, [input, h('label', { text: '★'.repeat(score), attrs: { for: id, 'aria-hidden': 'true' } })]));
  }
  const comment = h('textarea', { attrs: { id: 'rating-comment', rows: '2', maxlength: String(maxComment) } });
  const status = h('p', { class: 'error', attrs: { role: 'alert', hidden: '' } });
  const submit = h('button', { class: 'primary', text: t('widget.rating.submit'), attrs: { type: 'submit' } });
  form.append(scores, h('label', { text: t('widget.rating.comment'), attrs: { for: 'rating-comment' } }), comment, status, submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>('input[name=score]:checked');
    if (!picked) return;
    submit.disabled = true;
    void send(Number(picked.value), comment.value.trim()).then((ack) => {
      submit.disabled = false;
      if ('error' in ack) {
        status.hidden = false;
        status.textContent = t('widget.rating.failed', { reason: ack.error.message });
        return;
      }
      const thanks = h('p', { class: 'thanks', text: t('widget.rating.thanks'), attrs: { role: 'status', tabindex: '-1' } });
      form.replaceChildren(form.firstChild as Node, thanks);
      thanks.focus();
    });
  });
  return form;
}
