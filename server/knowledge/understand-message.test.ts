import { sampleArticle as articleFixture } from './test-fixtures';
import { createMessageReader } from './understand-message';

// The reader over a tiny base: what it decides, independent of the real articles.

const camera = articleFixture({
  id: 'camera-mic-permission',
  title: 'Camera not working',
  questions: ['my camera does not work', 'webcam black screen', 'camera blocked in chrome', 'no video from my cam', 'camera permission denied', 'la camara no funciona'],
});
const extension = articleFixture({
  id: 'extension-request',
  title: 'More time',
  questions: ['can i get more time', 'please extend my deadline', 'i need an extension', 'more days to finish', 'extend the deadline please', 'necesito mas tiempo'],
});
const recruiter = articleFixture({
  id: 'recruiter-extend-deadline',
  audience: 'recruiter',
  category: 'recruiter',
  title: 'Extend a deadline',
  questions: ['how do i extend a candidate deadline', 'give a candidate more days', 'extend invite for one person', 'change expiry date', 'push deadline for candidate', 'candidate needs more time'],
});
const smallTalk = ['hi', 'hello', 'thanks', 'thank you', 'ok', 'asdf', 'good morning', 'hola', 'gracias', 'cool'];
const reader = createMessageReader([camera, extension, recruiter], smallTalk, () => []);

describe('createMessageReader', () => {
  it('answers a clear message confidently, with typos and in Spanish', () => {
    expect(reader.understand('my camra doesnt work').ranked[0].scenario).toBe('camera-mic-permission');
    const spanish = reader.understand('la camara no funciona');
    expect([spanish.ranked[0].scenario, spanish.confident]).toEqual(['camera-mic-permission', true]);
  });

  it('keeps to the asker audience', () => {
    const asked = reader.understand('candidate needs more time', 'recruiter');
    expect(asked.ranked.map((r) => r.scenario)).toEqual(['recruiter-extend-deadline']);
  });

  it('knows a greeting or gibberish is about nothing', () => {
    for (const text of ['hello', 'thanks!']) expect(reader.understand(text)).toMatchObject({ smallTalk: true, confident: false });
  });

  it('sets greetings and sign-offs aside and lists the other problem raised', () => {
    const reading = reader.understand('Hello. My camera does not work. Also can I get more time? Thanks');
    expect(reading.smallTalk).toBe(false);
    expect([reading.ranked[0].scenario, ...reading.otherTopics].sort()).toEqual(['camera-mic-permission', 'extension-request']);
  });
});
