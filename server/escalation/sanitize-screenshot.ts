import { createHash } from 'node:crypto';
import { BadRequestError } from '../http/errors';

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

export interface CleanScreenshot {
  mime: ImageMime;
  width: number;
  height: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * Large enough for a 6K screen capture (6016 × 3384 is 20.4 MP), small enough that a
 * decompression bomb or a camera photo is refused before it is decoded.
 */
export const MAX_PIXELS = 25_000_000;
/** Images decoded at once: libvips works off the event loop, but a burst must not take every core. */
const MAX_CONCURRENT_DECODES = 2;

let decoding = 0;
const waiting: (() => void)[] = [];

/** Runs `work` once fewer than MAX_CONCURRENT_DECODES others are running. */
async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (decoding >= MAX_CONCURRENT_DECODES) await new Promise<void>((resolve) => waiting.push(resolve));
  decoding += 1;
  try {
    return await work();
  } finally {
    decoding -= 1;
    waiting.shift()?.();
  }
}

/** The type a file really is, from its first bytes; whatever it claims to be. */
export function sniffImageType(bytes: Buffer): ImageMime | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

const FORMAT_OF: Record<ImageMime, 'png' | 'jpeg' | 'webp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/**
 * Accepts PNG, JPEG or WebP by content, then decodes and re-encodes the pixels.
 * Re-encoding drops every metadata block (EXIF with GPS, XMP, comments) and any
 * bytes a polyglot hid around the image, so what is stored is only an image.
 */
export async function sanitizeScreenshot(bytes: Buffer, field: string): Promise<CleanScreenshot> {
  const refuse = (message: string) => new BadRequestError(`Invalid screenshot: ${message}`, [{ field, message }], 'invalid_screenshot');
  const mime = sniffImageType(bytes);
  if (!mime) throw refuse('only PNG, JPEG or WebP images are accepted');
  // Loaded at the first screenshot: libvips costs every node ~15 MB of memory otherwise.
  const { default: sharp } = await import('sharp');
  // The header alone tells the size: a too-large image is refused without decoding it.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (meta && (meta.width ?? 0) * (meta.height ?? 0) > MAX_PIXELS) {
    throw refuse(`the image is over ${MAX_PIXELS / 1_000_000} megapixels`);
  }
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS });
  return bounded(() => reencode(image, mime, meta?.format, refuse));
}

async function reencode(
  image: import('sharp').Sharp,
  mime: ImageMime,
  format: string | undefined,
  refuse: (message: string) => BadRequestError,
): Promise<CleanScreenshot> {
  try {
    if (format !== FORMAT_OF[mime]) throw new Error('content does not match its signature');
    // rotate() applies the EXIF orientation before the EXIF block is dropped.
    const { data, info } = await image.rotate().toFormat(FORMAT_OF[mime], { quality: 90 }).toBuffer({ resolveWithObject: true });
    return {
      mime,
      width: info.width,
      height: info.height,
      sha256: createHash('sha256').update(data).digest('hex'),
      bytes: data,
    };
  } catch {
    throw refuse('the image could not be decoded');
  }
}
