import { readAsDataUrl } from '../../ui/readFile';
import { MAX_LOGO_BASE64_LENGTH, type Logo } from '../../../../shared/schema/practice';
import { fail, ok, type Result } from '../../../../shared/result';

/** The largest logo file we take in: its base64 copy must fit the workbook's limit. */
export const MAX_LOGO_BYTES = 1_500_000;

const ACCEPTED = ['image/png', 'image/jpeg'] as const;
type LogoType = (typeof ACCEPTED)[number];

function acceptedType(type: string): LogoType | null {
  return ACCEPTED.find((accepted) => accepted === type) ?? null;
}

function refuse(message: string): Result<Logo> {
  return fail('invalid', message);
}

/**
 * A picked image file as the logo the workbook keeps: PNG or JPEG only, at most 1.5 MB, stored as
 * base64 without the `data:` prefix (the export embeds the bytes, not a URL). Anything else is
 * refused with a message that says what to do instead.
 */
export async function logoFromFile(file: File): Promise<Result<Logo>> {
  const mimeType = acceptedType(file.type);
  if (mimeType === null) {
    return refuse(
      `“${file.name}” is not a PNG or JPEG image. Save your logo as PNG or JPEG first.`,
    );
  }
  if (file.size > MAX_LOGO_BYTES) {
    const mb = (file.size / 1_000_000).toFixed(1);
    return refuse(
      `“${file.name}” is ${mb} MB, more than the 1.5 MB a logo may take. A smaller copy looks just as sharp in a document.`,
    );
  }
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return refuse(`“${file.name}” could not be read. Try saving it again, or pick another copy.`);
  }
  const comma = dataUrl.indexOf(',');
  const dataBase64 = comma === -1 ? '' : dataUrl.slice(comma + 1);
  if (dataBase64 === '' || dataBase64.length > MAX_LOGO_BASE64_LENGTH) {
    return refuse(`“${file.name}” is empty or too large to use as a logo.`);
  }
  return ok({ mimeType, dataBase64, fileName: file.name.slice(0, 200) });
}

/** The logo as an address an <img> can show. */
export function logoSource(logo: Logo): string {
  return `data:${logo.mimeType};base64,${logo.dataBase64}`;
}
