/**
 * Where the first error in a JSON text is, as a character offset, or null if the text is valid
 * JSON. JSON.parse only sometimes reports a position; a coach who edited the file by hand needs
 * the line. A small strict scanner (RFC 8259), used only after JSON.parse has already failed.
 *
 * Iterative, with an explicit stack of open containers: a damaged file can be nested deeper
 * than the call stack allows ('['.repeat(200000)), and this is exactly when it is called.
 */
export function jsonErrorPosition(text: string): number | null {
  let i = 0;
  const fail = (): never => {
    throw new ScanError(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') break;
      if (ch === '\\') {
        i += 1;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail();
      }
      i += 1;
    }
    i += 1;
  };
  const number = () => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  /** A string, number or literal at `i` (after any space). */
  const scalar = () => {
    switch (text[i]) {
      case '"':
        string();
        break;
      case 't':
        literal('true');
        break;
      case 'f':
        literal('false');
        break;
      case 'n':
        literal('null');
        break;
      default:
        number();
    }
  };
  /** An object member's `"key":`, up to where its value starts. */
  const key = () => {
    space();
    if (text[i] !== '"') fail();
    string();
    space();
    if (text[i] !== ':') fail();
    i += 1;
  };
  // The closing character of each container still open, innermost last.
  const open: string[] = [];
  const scan = (): number | null => {
    for (;;) {
      // A value starts here.
      space();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        const close = ch === '{' ? '}' : ']';
        i += 1;
        space();
        if (text[i] === close) {
          i += 1;
        } else {
          open.push(close);
          if (close === '}') key();
          continue; // on to the first member's value
        }
      } else {
        scalar();
      }
      // A value ended: close what it ends, up to the next member or the end of the text.
      for (;;) {
        const close = open.at(-1);
        if (close === undefined) {
          space();
          return i < text.length ? i : null;
        }
        space();
        if (text[i] === close) {
          i += 1;
          open.pop();
          continue;
        }
        if (text[i] !== ',') fail();
        i += 1;
        if (close === '}') key();
        break;
      }
    }
  };
  try {
    return scan();
  } catch (error) {
    if (error instanceof ScanError) return error.position;
    throw error;
  }
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class ScanError extends Error {
  constructor(readonly position: number) {
    super(`JSON error at ${position}`);
  }
}
