import { ChatAuthError, parseChatAuth } from '../../server/chat/chat-auth';

// The handshake's `language`: the widget sends it only when the page (data-locale) or
// the candidate (the menu) named one of the supported languages.
describe('parseChatAuth: language', () => {
  it('keeps a supported language beside the browser locale', () => {
    expect(parseChatAuth({ token: 't', locale: 'es-MX', language: 'hi' })).toMatchObject({ locale: 'es-MX', language: 'hi' });
    expect(parseChatAuth({ token: 't' }).language).toBeUndefined();
  });

  it('refuses another value, naming the field', () => {
    for (const language of ['de', 'es-ES', '', 7]) {
      expect(() => parseChatAuth({ token: 't', language })).toThrow(ChatAuthError);
      expect(() => parseChatAuth({ token: 't', language })).toThrow(/language/);
    }
  });
});
