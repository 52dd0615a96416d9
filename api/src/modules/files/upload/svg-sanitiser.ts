import { TextDecoder } from 'node:util';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';

/** Elements removed whatever their attributes, as DOMPurify also does. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
]);

/** Elements that only draw what their `href` points at. */
const REFERENCING_ELEMENTS = new Set(['image', 'feimage', 'use']);

/** References that stay inside the file: a fragment or an inline image. */
const SAFE_HREF =
  /^(#[\w.:-]*|data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*)$/i;

const CSS_URL = /url\(\s*(['"]?)\s*([^'")\s]*)/gi;

/** A DOCTYPE with or without an internal subset, which may declare entities. */
const DOCTYPE = /<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/gi;

type Jsdom = typeof import('jsdom');
type DomPurifyFactory = typeof import('dompurify').default;

let libraries: Promise<{ jsdom: Jsdom; createDOMPurify: DomPurifyFactory }>;

/**
 * Loads jsdom and DOMPurify on first use, so that starting the app does not
 * pay for them.
 */
function loadLibraries() {
  libraries ??= Promise.all([import('jsdom'), import('dompurify')]).then(
    ([jsdom, purify]) => ({ jsdom, createDOMPurify: purify.default }),
  );

  return libraries;
}

/**
 * Checks that `bytes` are an SVG document: UTF-8 XML whose root element is
 * `svg` in the SVG namespace. A DOCTYPE is removed first, so a document
 * that uses an entity it declared is not well-formed and fails.
 */
export async function parseSvg(bytes: Buffer): Promise<string | null> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      bytes,
    );
  } catch {
    return null;
  }
  text = text.replace(DOCTYPE, '');
  const { jsdom } = await loadLibraries();
  try {
    const root = new jsdom.JSDOM(text, { contentType: 'image/svg+xml' }).window
      .document.documentElement;

    return root.localName === 'svg' && root.namespaceURI === SVG_NAMESPACE
      ? text
      : null;
  } catch {
    return null;
  }
}

/**
 * Returns a safe copy of an SVG document, or null when nothing valid is
 * left. DOMPurify's SVG profile removes scripts, event handlers and
 * foreign content; the rules here then remove every reference out of the
 * file: `href`s other than fragments and inline PNG or JPEG images, CSS
 * `url()`s other than fragments, `@import`, comments and processing
 * instructions.
 */
export async function sanitiseSvg(bytes: Buffer): Promise<Buffer | null> {
  const text = await parseSvg(bytes);
  if (text === null) return null;
  const { jsdom, createDOMPurify } = await loadLibraries();
  const { window } = new jsdom.JSDOM('');
  const purify = createDOMPurify(
    window as unknown as Window & typeof globalThis,
  );
  const fragment = purify.sanitize(text, {
    USE_PROFILES: { svg: true, svgFilters: true },
    // DOMPurify drops <use> because it can pull in other documents; the
    // rules below keep it only when its href is a fragment of this file,
    // which drawing programs write for repeated shapes.
    ADD_TAGS: ['use'],
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.firstElementChild;
  if (root === null || root.localName !== 'svg') return null;
  removeExternalReferences(root);
  const output = new window.XMLSerializer().serializeToString(root);

  return (await parseSvg(Buffer.from(output))) === null
    ? null
    : Buffer.from(output, 'utf8');
}

function removeExternalReferences(root: Element): void {
  const doomed: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0xffffffff);
  for (
    let node: Node | null = walker.currentNode;
    node;
    node = walker.nextNode()
  ) {
    if (node.nodeType === 7 || node.nodeType === 8) {
      doomed.push(node);
    } else if (node.nodeType === 1 && !keepElement(node as Element)) {
      doomed.push(node);
    }
  }
  for (const node of doomed) node.parentNode?.removeChild(node);
}

/** Cleans an element's attributes; returns false to remove the element. */
function keepElement(element: Element): boolean {
  const name = element.localName.toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(name)) return false;
  if (name === 'style') return isSafeCss(element.textContent ?? '');
  for (const attribute of [...element.attributes]) {
    if (isSafeAttribute(attribute)) continue;
    if (REFERENCING_ELEMENTS.has(name) && isHref(attribute)) return false;
    element.removeAttributeNode(attribute);
  }

  return true;
}

function isHref(attribute: Attr): boolean {
  return (
    attribute.localName === 'href' &&
    (attribute.namespaceURI === null ||
      attribute.namespaceURI === XLINK_NAMESPACE)
  );
}

function isSafeAttribute(attribute: Attr): boolean {
  if (attribute.localName.toLowerCase().startsWith('on')) return false;
  if (isHref(attribute)) return SAFE_HREF.test(attribute.value.trim());

  return isSafeCss(attribute.value);
}

/**
 * Accepts CSS or an attribute value whose `url()`s all point at fragments.
 * Backslashes are rejected because CSS escapes could spell `url` or
 * `@import` in a way the patterns here would miss.
 */
function isSafeCss(value: string): boolean {
  if (value.includes('\\') || /@import/i.test(value)) return false;
  if (/javascript:/i.test(value)) return false;
  for (const match of value.matchAll(CSS_URL)) {
    if (!(match[2] ?? '').startsWith('#')) return false;
  }

  return true;
}
