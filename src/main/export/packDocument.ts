import { Packer, type Document } from 'docx';
import { fail, ok, type Result } from '../../shared/result';

/**
 * A built document as the bytes of a .docx file. The bytes own their memory (no slice of a
 * shared pool), so a worker can hand them to the main thread without copying them.
 */
export async function packDocument(doc: Document): Promise<Result<Uint8Array>> {
  try {
    const buffer = await Packer.toBuffer(doc);
    const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
    return ok(whole ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', `The document could not be put together: ${detail}`);
  }
}
