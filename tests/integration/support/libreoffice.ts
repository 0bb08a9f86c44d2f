import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Convert a .docx to PDF with LibreOffice, as a user opening the file would see it. Each call
 * uses its own throw-away profile, so parallel or leftover soffice processes cannot lock it.
 */
export async function docxToPdf(docxPath: string, outDir: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
  const names = await readdir(outDir);
  if (!names.includes(basename(pdf))) {
    throw new Error(`LibreOffice did not produce ${pdf}: it could not open the document`);
  }
  return pdf;
}

/**
 * The text of a PDF in reading order, pages separated by form feeds (\f). With `layout`, laid
 * out as on the page instead (table cells then interleave line by line).
 */
export async function pdfText(pdfPath: string, layout = false): Promise<string> {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfPath, '-'];
  const { stdout } = await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Page width and height in points, from pdfinfo (A4 is about 595 × 842, Letter 612 × 792). */
export async function pdfPageSize(pdfPath: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

/** How many pages the PDF has. */
export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  return match ? Number(match[1]) : 0;
}

/** Render each page to a PNG (`<prefix>-1.png`, …) to look at; returns the files, in order. */
export async function pdfToPngs(pdfPath: string, prefix: string, dpi = 60): Promise<string[]> {
  await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, prefix], { timeout: 120_000 });
  const dir = join(prefix, '..');
  const stem = basename(prefix);
  const names = (await readdir(dir)).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.png'));
  return names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((n) => join(dir, n));
}

/** docx → PDF → text in one go, in a temporary folder that is removed afterwards. */
export async function docxText(docxPath: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lo-pdf-'));
  try {
    return await pdfText(await docxToPdf(docxPath, dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
