import sharp from 'sharp';
import { sanitizeScreenshot, sniffImageType } from './sanitize-screenshot';

const image = (format: 'png' | 'jpeg' | 'webp', withGps = false) => {
  let pipeline = sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366cc' } }).toFormat(format);
  if (withGps) {
    pipeline = pipeline.withExif({ IFD0: { Copyright: 'secret-owner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } });
  }
  return pipeline.toBuffer();
};

describe('sniffImageType', () => {
  it('knows PNG, JPEG and WebP by their bytes, nothing else', async () => {
    expect(sniffImageType(await image('png'))).toBe('image/png');
    expect(sniffImageType(await image('jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(await image('webp'))).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull();
  });
});

describe('sanitizeScreenshot', () => {
  it.each(['png', 'jpeg', 'webp'] as const)('keeps a %s image with its size and format', async (format) => {
    const clean = await sanitizeScreenshot(await image(format), 'screenshots[0]');
    expect(clean).toMatchObject({ mime: `image/${format}`, width: 40, height: 30 });
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('strips EXIF metadata such as GPS position', async () => {
    const tagged = await image('jpeg', true);
    expect(tagged.toString('latin1')).toContain('secret-owner');
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    const clean = await sanitizeScreenshot(tagged, 'screenshots[0]');
    expect((await sharp(clean.bytes).metadata()).exif).toBeUndefined();
    expect(clean.bytes.toString('latin1')).not.toContain('secret-owner');
  });

  it('drops what a polyglot hides after the image', async () => {
    const polyglot = Buffer.concat([await image('png'), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const clean = await sanitizeScreenshot(polyglot, 'screenshots[0]');
    expect(clean.bytes.toString('latin1')).not.toContain('<script>');
  });

  it('refuses SVG, HTML, a renamed text file and a truncated image, naming the field', async () => {
    const png = await image('png');
    const bad = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('just text pretending to be a png'),
      png.subarray(0, 40),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html>not really a jpeg</html>')]),
    ];
    for (const bytes of bad) {
      await expect(sanitizeScreenshot(bytes, 'screenshots[2]')).rejects.toMatchObject({
        status: 400,
        details: [{ field: 'screenshots[2]' }],
      });
    }
  });
});

describe('oversized images', () => {
  it('refuses an image over the pixel cap from its header, quickly, naming the field', async () => {
    const { default: sharp } = await import('sharp');
    const huge = await sharp({ create: { width: 8000, height: 5000, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 1 })
      .toBuffer();
    const started = process.hrtime.bigint();
    await expect(sanitizeScreenshot(huge, 'screenshots[0]')).rejects.toMatchObject({
      status: 400,
      details: [{ field: 'screenshots[0]', message: expect.stringMatching(/megapixels/) }],
    });
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(300);
  });

  it('decodes a burst of screenshots a couple at a time, all of them', async () => {
    const { default: sharp } = await import('sharp');
    const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    const cleaned = await Promise.all(Array.from({ length: 8 }, (_, i) => sanitizeScreenshot(png, `screenshots[${i}]`)));
    expect(cleaned.map((c) => c.width)).toEqual(Array(8).fill(200));
  });
});
