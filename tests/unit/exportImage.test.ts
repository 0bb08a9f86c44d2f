import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fitInto, imageSize } from '../../src/main/export/image';

function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

/** A JPEG's opening: SOI, an APP0 segment to skip, then a baseline start-of-frame. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array.from({ length: 14 }, () => 0)];
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, ...Array.from({ length: 12 }, () => 0)]);
}

describe('imageSize', () => {
  it('reads the size of a PNG and of a JPEG', () => {
    expect(imageSize(pngHeader(640, 200), 'png')).toEqual({ width: 640, height: 200 });
    expect(imageSize(jpegHeader(1024, 768), 'jpg')).toEqual({ width: 1024, height: 768 });
  });

  it('says null for bytes that are not that kind of image', () => {
    expect(imageSize(jpegHeader(10, 10), 'png')).toBeNull();
    expect(imageSize(pngHeader(10, 10), 'jpg')).toBeNull();
    expect(imageSize(deflateSync(Buffer.from('not an image')), 'png')).toBeNull();
    expect(imageSize(new Uint8Array(0), 'jpg')).toBeNull();
  });
});

describe('fitInto', () => {
  it('keeps proportions inside the box', () => {
    expect(fitInto({ width: 600, height: 200 }, 180, 40)).toEqual({ width: 120, height: 40 });
    expect(fitInto({ width: 1000, height: 100 }, 180, 40)).toEqual({ width: 180, height: 18 });
  });
});
