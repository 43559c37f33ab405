import { checkScreenshots, detailMessage, fieldOfDetail, MAX_SCREENSHOT_BYTES, validateEscalation } from '../../widget/escalation-rules';
import { addEnglish, t } from '../../widget/messages/catalogue';
import { enEscalation } from '../../widget/messages/en-escalation';

addEnglish(enEscalation);

const png = (name: string, size = 1000) => ({ name, size, type: 'image/png' });
const NOW = new Date('2030-05-01T10:00:00Z');

describe('checkScreenshots', () => {
  it('accepts PNG, JPEG and WebP up to 5 MB', () => {
    const files = [png('a.png'), { name: 'b.jpg', size: MAX_SCREENSHOT_BYTES, type: 'image/jpeg' }, { name: 'c.webp', size: 1, type: 'image/webp' }];
    expect(checkScreenshots(t, 0, files)).toEqual({ accepted: files, problems: [] });
  });

  it('refuses other types and oversized files, naming each', () => {
    const { accepted, problems } = checkScreenshots(t, 0, [
      { name: 'notes.pdf', size: 10, type: 'application/pdf' },
      { name: 'anim.gif', size: 10, type: 'image/gif' },
      png('huge.png', MAX_SCREENSHOT_BYTES + 1),
    ]);
    expect(accepted).toEqual([]);
    expect(problems).toEqual([
      'notes.pdf is not a PNG, JPEG or WebP image.',
      'anim.gif is not a PNG, JPEG or WebP image.',
      'huge.png is 5.0 MB; the limit is 5 MB.',
    ]);
  });

  it('stops at five screenshots, counting those already attached', () => {
    const { accepted, problems } = checkScreenshots(t, 3, [png('1.png'), png('2.png'), png('3.png')]);
    expect(accepted.map((f) => f.name)).toEqual(['1.png', '2.png']);
    expect(problems).toEqual(['3.png was not added: at most 5 screenshots.']);
  });

  it('words a pasted image without a name', () => {
    expect(checkScreenshots(t, 0, [{ name: '', size: 1, type: 'text/plain' }]).problems).toEqual(['The pasted image is not a PNG, JPEG or WebP image.']);
  });
});

describe('validateEscalation', () => {
  const ok = { description: 'It says expired', occurredAt: '2030-05-01T11:00', contactEmail: '' };

  it('passes a complete form and an empty optional email', () => {
    expect(validateEscalation(t, ok, new Date('2030-05-01T09:00:00Z'), NOW)).toEqual([]);
  });

  it('lists every problem in form order', () => {
    const errors = validateEscalation(t, { description: '   ', occurredAt: 'garbage', contactEmail: 'me@' }, null, NOW);
    expect(errors.map((e) => e.field)).toEqual(['description', 'occurredAt', 'contactEmail']);
  });

  it('refuses a time in the future but tolerates a slightly fast clock', () => {
    expect(validateEscalation(t, ok, new Date('2030-05-01T10:04:00Z'), NOW)).toEqual([]);
    expect(validateEscalation(t, ok, new Date('2030-05-01T12:00:00Z'), NOW)).toEqual([{ field: 'occurredAt', message: 'This time is in the future.' }]);
  });

  it('limits the description to what the server stores', () => {
    const errors = validateEscalation(t, { ...ok, description: 'x'.repeat(5001) }, new Date('2030-05-01T09:00:00Z'), NOW);
    expect(errors).toEqual([{ field: 'description', message: 'Keep it under 5000 characters.' }]);
  });
});

describe('fieldOfDetail', () => {
  it('maps server detail fields onto the form', () => {
    expect(fieldOfDetail('description')).toBe('description');
    expect(fieldOfDetail('timeZone')).toBe('occurredAt');
    expect(fieldOfDetail('screenshots[2]')).toBe('screenshots');
    expect(fieldOfDetail('resumeSecret')).toBeNull();
  });
});

describe('detailMessage', () => {
  it('names the screenshot a server error is about', () => {
    expect(detailMessage(t, { field: 'screenshots[1]', message: 'the image could not be decoded' }, ['a.png', 'b.png'])).toBe(
      'b.png: the image could not be decoded',
    );
    expect(detailMessage(t, { field: 'screenshots[0]', message: 'bad' }, [''])).toBe('Screenshot 1: bad');
    expect(detailMessage(t, { field: 'description', message: 'required' }, [])).toBe('required');
  });
});
