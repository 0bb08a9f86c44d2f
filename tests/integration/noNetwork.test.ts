/**
 * Nothing leaves the machine: the built app (out/main, out/preload, out/renderer, as packed into
 * the installers) holds no request to an address other than this computer's.
 *
 * Every http(s)/ws(s) URL in the bundles' code is found (the JavaScript is parsed, so URLs in
 * comments are not counted) and classified:
 *   - loopback (localhost, 127.x.x.x, [::1]): fine;
 *   - given to something that makes a request or navigates (fetch, XMLHttpRequest's open,
 *     net.request, loadURL, setSpellCheckerDictionaryDownloadURL, WebSocket, a src or href…):
 *     a request to the network, which fails the test;
 *   - otherwise, text that only names something (an XML namespace, a link in an error message):
 *     fine only when it is on ALLOWED_TEXT below, with the reason; anything else fails, so a
 *     new address is looked at before it ships.
 * Dependencies loaded from node_modules at run time (docx, zod, lowdb, electron-log…) are not
 * in these bundles and not scanned here.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLES = ['out/main', 'out/preload', 'out/renderer'];

/** URLs the bundles may hold as text, never as a request: prefix, and why. */
const ALLOWED_TEXT: readonly { prefix: string; why: string }[] = [
  { prefix: 'http://www.w3.org/', why: 'XML, SVG, XLink and MathML namespace names (React DOM)' },
  {
    prefix: 'http://schemas.openxmlformats.org/',
    why: 'Office Open XML namespace names written into .docx files',
  },
  { prefix: 'http://json-schema.org/', why: '$schema names in JSON Schema (zod)' },
  { prefix: 'https://json-schema.org/', why: '$schema names in JSON Schema (zod)' },
  { prefix: 'https://react.dev/errors/', why: "a link in React's production error messages" },
  { prefix: 'http://[', why: 'parsed, never fetched, to check an IPv6 address (canParseURL)' },
  { prefix: 'https://prosemirror.net/docs/', why: "a link in ProseMirror's schema error messages" },
];

/**
 * A scheme with no address after it: put before a web address the coach wrote ("www.…") to
 * make the link written into a .docx, never requested by the app.
 */
const BARE_SCHEMES = ['https://', 'http://'];

/** Hosts that can never resolve (RFC 2606): sample data, e.g. a sample practice's website. */
const RESERVED_TOP_LEVEL = ['.example', '.invalid', '.test'];

/** Calls and constructors that send a request, navigate or open something with a URL. */
const REQUEST_CALLS = new Set([
  'fetch',
  'open', // XMLHttpRequest.prototype.open, window.open
  'request', // net.request, http(s).request
  'get', // http(s).get
  'loadURL',
  'downloadURL',
  'setSpellCheckerDictionaryDownloadURL',
  'openExternal',
  'sendBeacon',
  'importScripts',
  'WebSocket',
  'EventSource',
  'Worker',
  'SharedWorker',
  'setAttribute', // setAttribute('src', …)
]);
/** Properties that load what they are given (element attributes, React props, request options). */
const REQUEST_PROPERTIES = new Set([
  'src',
  'srcset',
  'srcSet',
  'href',
  'action',
  'formAction',
  'poster',
  'data',
  'location',
  'url',
  'baseURL',
]);
/** Wrappers a URL passes through on its way to a request: look further out. */
const PASS_THROUGH_CALLS = new Set(['URL', 'Request', 'String', 'concat', 'toString']);

const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'`<>\\)]*/gi;

interface Finding {
  file: string;
  url: string;
  why: string;
}

function hostOf(url: string): string {
  const rest = url.replace(/^[a-z]+:\/\//i, '');
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

function isLoopback(url: string): boolean {
  const host = hostOf(url).toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isAllowedText(url: string): boolean {
  const host = hostOf(url).toLowerCase();
  return (
    BARE_SCHEMES.includes(url) ||
    ALLOWED_TEXT.some((allowed) => url.startsWith(allowed.prefix)) ||
    RESERVED_TOP_LEVEL.some((tld) => host.endsWith(tld))
  );
}

function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (
    ts.isElementAccessExpression(expression) &&
    ts.isStringLiteral(expression.argumentExpression)
  ) {
    return expression.argumentExpression.text;
  }
  return null;
}

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** A node's parent; the source file's own is undefined, though typed as a node. */
function parentOf(node: ts.Node): ts.Node | undefined {
  return node.parent;
}

/**
 * Why the literal is a request, or null: what it flows into, following it out through string
 * building (+, templates, parentheses, conditionals) and URL wrappers.
 */
function requestUse(literal: ts.Node): string | null {
  let node: ts.Node = literal;
  for (let parent = parentOf(node); parent !== undefined; node = parent, parent = parentOf(node)) {
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      parent.right === node
    ) {
      const target = calleeName(parent.left);
      return target !== null && REQUEST_PROPERTIES.has(target) ? `assigned to ${target}` : null;
    }
    if (
      ts.isBinaryExpression(parent) ||
      ts.isTemplateSpan(parent) ||
      ts.isTemplateExpression(parent) ||
      ts.isParenthesizedExpression(parent) ||
      ts.isConditionalExpression(parent)
    ) {
      continue;
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const name = propertyName(parent.name);
      return name !== null && REQUEST_PROPERTIES.has(name) ? `given as ${name}` : null;
    }
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      if (!(parent.arguments ?? []).some((argument) => argument === node)) return null;
      if (parent.expression.kind === ts.SyntaxKind.ImportKeyword) return 'imported';
      const name = calleeName(parent.expression);
      if (name === null) return null;
      if (name === 'setAttribute' && !loadsWhatItIsGiven(parent.arguments?.[0])) return null;
      if (REQUEST_CALLS.has(name)) return `passed to ${name}()`;
      if (PASS_THROUGH_CALLS.has(name)) continue;
      return null;
    }
    return null;
  }
  return null;
}

/**
 * Whether setAttribute's first argument may be an attribute that loads its value ('src',
 * 'href'…). Only a literal name can be known not to: setAttribute('xmlns', namespace) names
 * an XML namespace (an SVG made from a drawn signature) and requests nothing.
 */
function loadsWhatItIsGiven(attribute: ts.Expression | undefined): boolean {
  if (attribute === undefined || !ts.isStringLiteral(attribute)) return true;
  return REQUEST_PROPERTIES.has(attribute.text) || /^xlink:href$/i.test(attribute.text);
}

/** The text pieces of a string or template literal. */
function literalTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  return [];
}

/** Every URL in a JavaScript file's strings, classified. */
function scanJavaScript(file: string, code: string): Finding[] {
  const findings: Finding[] = [];
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    for (const text of literalTexts(node)) {
      for (const [url] of text.matchAll(URL_PATTERN)) {
        if (isLoopback(url)) continue;
        const use = requestUse(node);
        if (use !== null) findings.push({ file, url, why: `a request: ${use}` });
        else if (!isAllowedText(url)) {
          findings.push({ file, url, why: 'not on the allowed list of text URLs' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** HTML, CSS and anything else: any URL is taken as one the page would load. */
function scanOther(file: string, text: string): Finding[] {
  return [...text.matchAll(URL_PATTERN)]
    .map(([url]) => url)
    .filter((url) => !isLoopback(url) && !(extname(file) === '.svg' && isAllowedText(url)))
    .map((url) => ({ file, url, why: 'an address the page would load' }));
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const JAVASCRIPT = new Set(['.js', '.cjs', '.mjs']);
const BINARY = new Set(['.png', '.ico', '.woff', '.woff2', '.ttf', '.jpg', '.jpeg', '.gif']);

describe('nothing leaves the machine', () => {
  describe('the scanner', () => {
    const scan = (code: string) => scanJavaScript('snippet.js', code).map((found) => found.why);

    it('catches a request to the network however it is made', () => {
      for (const code of [
        "fetch('https://example.com')",
        'fetch(`https://${host}/api`)',
        "fetch(new URL('/v1', 'https://api.example.com'))",
        "const api = 'https://api.example.com/v1'; fetch(api)",
        "xhr.open('GET', 'https://example.com/data')",
        "net.request({ url: 'https://example.com' })",
        "window.loadURL('https://example.com')",
        "session.setSpellCheckerDictionaryDownloadURL('https://dictionaries.example.com/')",
        "new WebSocket('wss://example.com/socket')",
        "image.src = 'https://example.com/pixel.png'",
        "jsx('img', { src: 'https://example.com/pixel.png' })",
        "import('https://example.com/module.js')",
        "fetch('http://www.w3.org/2000/svg')", // an allowed text, but requested
        "fetch('https://sample.example/')", // a name that cannot resolve, but requested
      ]) {
        expect(scan(code), code).toHaveLength(1);
      }
    });

    it('lets through loopback addresses, names that are not requests, and comments', () => {
      for (const code of [
        "fetch('http://127.0.0.1:47815/api/workbook')",
        'fetch(`http://localhost:${port}/`)',
        "document.createElementNS('http://www.w3.org/2000/svg', 'svg')",
        'var url = "https://react.dev/errors/" + code;',
        "const practice = { website: 'https://lanternfield-coaching.example' }",
        '// See https://github.com/paralleldrive/cuid.\nconst id = 1;',
        '/** `new URL("https://exa\\nmple.com")` */ const x = 1;',
      ]) {
        expect(scan(code), code).toEqual([]);
      }
    });
  });

  describe('the built app', () => {
    beforeAll(() => {
      const build = spawnSync(
        process.execPath,
        [join(root, 'scripts', 'ensure-build.mjs'), '--quiet', 'app'],
        { cwd: root, stdio: 'inherit' },
      );
      expect(build.status).toBe(0);
    }, 300_000);

    it('holds no request to an address other than this computer', () => {
      const findings: Finding[] = [];
      let scanned = 0;
      for (const bundle of BUNDLES) {
        for (const path of filesUnder(join(root, bundle))) {
          const extension = extname(path);
          if (BINARY.has(extension) || extension === '.map') continue;
          const text = readFileSync(path, 'utf8');
          const file = relative(root, path);
          scanned += 1;
          findings.push(
            ...(JAVASCRIPT.has(extension) ? scanJavaScript(file, text) : scanOther(file, text)),
          );
        }
      }
      expect(scanned).toBeGreaterThanOrEqual(5);
      expect(findings).toEqual([]);
    });

    it('points the spell checker at this computer', () => {
      const main = readFileSync(join(root, 'out/main/index.js'), 'utf8');
      expect(main).toContain('setSpellCheckerDictionaryDownloadURL(');
      expect(main).toContain('setSpellCheckerEnabled(');
    });
  });
});
