import { describe, expect, it } from 'vitest';
import { fingerprintInGroups, signedWhen } from '../../src/shared/domain/signatureWords';
import { checkSignaturePng } from '../../src/main/api/signaturePng';
import { signaturePngBase64 } from '../helpers/signaturePng';

const SHA = 'b84a219bc229b895280c42020743cf5fcd6bf89297cf3fd3066b36d21aded150';
/** 14:05 where the test runs, whatever its time zone. */
const AT_1405 = new Date(2026, 11, 2, 14, 5).toISOString();

describe('the words of a signature check', () => {
  it('says when, in words and local time', () => {
    expect(signedWhen(AT_1405, 'D MMMM YYYY')).toBe('2 December 2026 at 14:05');
    expect(signedWhen(AT_1405, 'MM/DD/YYYY')).toBe('December 2, 2026 at 14:05');
  });

  it('breaks a fingerprint into groups that wrap', () => {
    expect(fingerprintInGroups(SHA)).toBe(
      'b84a219b c229b895 280c4202 0743cf5f cd6bf892 97cf3fd3 066b36d2 1aded150',
    );
  });
});

describe('a signature picture', () => {
  it('is kept when it is a whole PNG of a sensible size', () => {
    expect(checkSignaturePng(signaturePngBase64(600, 200), 'It')).toEqual({
      ok: true,
      value: { width: 600, height: 200 },
    });
  });

  it('is refused when it is not a PNG, cut short, or far too large', () => {
    const refused = (base64: string) => {
      const result = checkSignaturePng(base64, "The client's signature");
      return result.ok ? '' : result.error.message;
    };
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(60).fill(0)]);
    expect(refused(jpeg.toString('base64'))).toBe(
      "The client's signature is not a picture we can keep. Please sign again.",
    );
    const png = Buffer.from(signaturePngBase64(60, 20), 'base64');
    expect(refused(png.subarray(0, png.length - 5).toString('base64'))).toMatch(/not a picture/);
    // The IHDR chunk renamed: no longer a PNG header.
    const renamed = Buffer.from(png);
    renamed.write('IHDX', 12, 'latin1');
    expect(refused(renamed.toString('base64'))).toMatch(/not a picture/);
    expect(refused(signaturePngBase64(300, 2100))).toMatch(/300 × 2100 pixels/);
  });
});
