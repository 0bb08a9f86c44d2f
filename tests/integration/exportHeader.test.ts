import { execFile } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, writeDocx } from '../../src/main/export';
import { generateSampleWorkbook } from '../../src/main/sample/generateSample';
import type { Workbook } from '../../src/shared/schema';
import { tempDirs } from '../helpers/tempDir';
import { docxToPdf } from './support/libreoffice';

const run = promisify(execFile);
const TODAY = '2026-11-26';
const book = generateSampleWorkbook({ clients: 1, seed: 'header', today: TODAY });
const dirs = tempDirs();
let dir = '';

/** A real PNG of `width`×`height`: a pale square with a dark band across its middle. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    const band = y > height / 3 && y < (2 * height) / 3;
    for (let x = 0; x < width; x++) row.set(band ? [35, 87, 74] : [226, 239, 233], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function withLogo(width: number, height: number): Workbook {
  const copy = structuredClone(book);
  copy.practice.logo = {
    mimeType: 'image/png',
    dataBase64: png(width, height).toString('base64'),
    fileName: 'logo.png',
  };
  return copy;
}

/**
 * Points of clear space on the first page between the practice's name in the header and the
 * document's title below it, as LibreOffice lays the page out.
 */
async function gapUnderHeader(workbook: Workbook, name: string): Promise<number> {
  const client = workbook.clients[0];
  if (!client) throw new Error('The sample has no client');
  const built = buildDocument(workbook, { document: 'idp', clientId: client.id }, { today: TODAY });
  if (!built.ok) throw new Error(built.error.message);
  const target = join(dir, `${name}.docx`);
  const written = await writeDocx(built.value.doc, target);
  if (!written.ok) throw new Error(written.error.message);
  const pdf = await docxToPdf(target, dir);
  const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-']);
  const words = [...stdout.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)];
  const practiceWord = workbook.practice.businessName.split(' ')[0] ?? '';
  const header = words.find((w) => w[3] === practiceWord);
  const title = words.find((w) => w[3] === 'Individual');
  if (!header || !title) throw new Error('The header or the title is missing from page 1');
  return Number(title[1]) - Number(header[2]);
}

beforeAll(async () => {
  dir = await dirs.make('header');
});
afterAll(dirs.cleanup);

describe('the page header', () => {
  it('never touches the body, with or without a logo', async () => {
    const without = await gapUnderHeader(book, 'no-logo');
    const square = await gapUnderHeader(withLogo(256, 256), 'square-logo');
    const wide = await gapUnderHeader(withLogo(600, 160), 'wide-logo');
    const low = await gapUnderHeader(withLogo(900, 90), 'low-logo');
    expect(without).toBeGreaterThan(14);
    // A logo makes the header taller; the body moves down with it, keeping the same space.
    for (const gap of [square, wide, low]) {
      expect(gap).toBeGreaterThan(14);
      expect(Math.abs(gap - without)).toBeLessThan(6);
    }
  });
});
