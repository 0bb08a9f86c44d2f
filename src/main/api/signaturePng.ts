import { fail, ok, type Result } from '../../shared/result';
import type { ImageSize } from '../export/image';

/** Largest signature picture we accept, in pixels: a wide pad on a dense screen fits easily. */
export const MAX_SIGNATURE_WIDTH = 4000;
export const MAX_SIGNATURE_HEIGHT = 2000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The 8-byte signature, then the IHDR chunk: length, type, 13 bytes of data, CRC. */
const HEADER_BYTES = 8 + 4 + 4 + 13 + 4;
/** The IEND chunk every complete PNG ends with: length 0, its type, its fixed CRC. */
const IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/**
 * Whether `base64` holds a whole PNG picture of a reasonable size: the PNG signature, an IHDR
 * chunk first with a width and height within our limits, and the IEND chunk at the end (a
 * picture cut short in transit is refused). `whose` names it in the message ("The client's
 * signature"). Answers the picture's size.
 */
export function checkSignaturePng(base64: string, whose: string): Result<ImageSize> {
  const bytes = Buffer.from(base64, 'base64');
  const notPicture = fail('invalid', `${whose} is not a picture we can keep. Please sign again.`);
  if (bytes.length < HEADER_BYTES + IEND.length) return notPicture;
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return notPicture;
  if (bytes.readUInt32BE(8) !== 13 || chunkType(bytes, 12) !== 'IHDR') return notPicture;
  const tail = bytes.subarray(bytes.length - IEND.length);
  if (!IEND.every((b, i) => tail[i] === b)) return notPicture;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width < 1 || height < 1 || width > MAX_SIGNATURE_WIDTH || height > MAX_SIGNATURE_HEIGHT) {
    return fail(
      'invalid',
      `${whose} is a picture of ${width} × ${height} pixels; at most ${MAX_SIGNATURE_WIDTH} × ${MAX_SIGNATURE_HEIGHT} can be kept. Please sign again.`,
    );
  }
  return ok({ width, height });
}
