import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A Basic macro doing what a reader does with Tools ▸ Update ▸ Update All, then saving a PDF. */
const MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub UpdateAndExport(inUrl As String, outUrl As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, "_blank", 0, hidden())
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  Dim pdf(0) As New com.sun.star.beans.PropertyValue
  pdf(0).Name = "FilterName"
  pdf(0).Value = "writer_pdf_Export"
  doc.storeToURL(outUrl, pdf())
  doc.close(True)
End Sub
</script:module>
`;

/**
 * Open a .docx in LibreOffice, update its indexes (the contents) as a reader would, and save it
 * as `pdfPath`. Uses a throw-away profile holding the macro that does it.
 */
export async function docxToPdfUpdatingContents(docxPath: string, pdfPath: string): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'lo-update-'));
  const installation = `-env:UserInstallation=${pathToFileURL(profile).href}`;
  try {
    // The first start makes the profile, with its empty Standard library to put the macro in.
    await run('soffice', [installation, '--headless', '--terminate_after_init'], {
      timeout: 120_000,
    });
    await writeFile(join(profile, 'user', 'basic', 'Standard', 'Module1.xba'), MODULE);
    const args = [pathToFileURL(docxPath).href, pathToFileURL(pdfPath).href].map((url) =>
      JSON.stringify(url),
    );
    await run(
      'soffice',
      [installation, '--headless', `macro:///Standard.Module1.UpdateAndExport(${args.join(',')})`],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const folder = join(pdfPath, '..');
  if (!(await readdir(folder)).some((name) => join(folder, name) === pdfPath)) {
    throw new Error(`LibreOffice did not update and save ${docxPath}`);
  }
}
