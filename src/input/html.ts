// HTML page → article text, one paragraph per line, and the site's name.
//
// The article is found by @mozilla/readability on a linkedom document
// (navigation, footers, asides and scripts are dropped). Readability's own
// textContent runs paragraphs together, so the article's elements are walked
// instead: every block element (p, h1–h6, blockquote, li, …) ends a line, and
// whitespace inside a line collapses as a browser would. Entities are decoded
// by the parser. Nothing is executed and nothing is fetched: linkedom has no
// script engine and loads no resources.
import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

// Loaded on the first page read, never at start-up (linkedom alone costs ~50 ms).
let libs: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof ReadabilityModule.Readability } | null = null;
function load(): NonNullable<typeof libs> {
  if (!libs) {
    const load = createRequire(import.meta.url);
    libs = { parseHTML: (load('linkedom') as typeof Linkedom).parseHTML, Readability: (load('@mozilla/readability') as typeof ReadabilityModule).Readability };
  }
  return libs;
}

export interface HtmlText {
  /** The page's article text: the headline, then one paragraph per line. */
  text: string;
  /** The site's name (og:site_name, JSON-LD publisher, application-name), or null. */
  outlet: string | null;
  title: string | null;
  /** False when Readability found no article and the page's body was used instead. */
  readable: boolean;
  warnings: string[];
}

// Readability's time grows faster than linearly with nesting depth (2,000
// levels: 1.8 s; 4,000: 13 s, measured with linkedom). Real pages nest a few
// dozen levels; deeper ones are read whole, without article detection.
const MAX_READABLE_DEPTH = 256;

/** The deepest element nesting in the document (iterative). */
export function maxDepth(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > deepest) deepest = d;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) stack.push([kids[i]!, d + 1]);
  }
  return deepest;
}

// Elements that end a line of text.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);
// Elements whose content is never article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'BUTTON', 'SELECT', 'TEXTAREA']);
// Page furniture, skipped as well when there is no article and the whole body is read.
const FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
// Blocks that a class or an id names as furniture, removed inside the article too: a list of related stories, share
// buttons, a newsletter box, an advertisement ("Union says: “We will not back down” – read more" is no quotation of
// the article). A whole word of the name, between hyphens, underscores or spaces: "shared-content" is not "share".
const FURNITURE_NAME = /(?:^|[\s_-])(?:related|share|sharing|social|newsletter|promo|recommended|read-?more|more-stories|outbrain|taboola|advert|advertisement|ad|ads|sponsored|subscribe|signup|comments?)(?:$|[\s_-])/i;
const furnitureByName = (el: Element): boolean => {
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return name.length > 1 && FURNITURE_NAME.test(name);
};
// (at most this many characters of text: a wrapper that a name like "social-news" marks may hold the whole article)
const FURNITURE_MOST = 1000;

/**
 * Remove the short blocks that a class or an id names as furniture, before Readability reads the page: it turns a
 * <div> of text into a <p> without the div's attributes, so the names are gone once it is done.
 */
function dropNamedFurniture(document: Document): void {
  const marked: Element[] = [];
  for (const el of document.querySelectorAll('[class], [id]')) {
    const tag = el.tagName.toUpperCase();
    if (tag !== 'HTML' && tag !== 'BODY' && tag !== 'ARTICLE' && tag !== 'MAIN' && furnitureByName(el) && (el.textContent ?? '').length <= FURNITURE_MOST) marked.push(el);
  }
  for (const el of marked) el.remove();
}

/** One node of the walk: a DOM node and whether its block has been entered or is being left. */
interface Step {
  node: Node;
  leaving: boolean;
}

/**
 * The text of `root`, one block per line. Iterative (no recursion), so
 * thousands of nested elements cannot overflow the stack.
 */
export function blockText(root: Node, skipFurniture: boolean): string[] {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const line = cur.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
    if (line) lines.push(line);
    cur = '';
  };
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      cur += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (leaving) {
      if (BLOCK.has(tag)) flush();
      continue;
    }
    if (SKIP.has(tag) || (skipFurniture && FURNITURE.has(tag))) continue;
    if (tag === 'BR') {
      // a line break inside a paragraph is a space: a quotation may run across it
      cur += ' ';
      continue;
    }
    if (tag === 'IMG') continue;
    if (BLOCK.has(tag)) {
      flush();
      stack.push({ node, leaving: true });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, leaving: false });
  }
  flush();
  return lines;
}

function metaContent(document: Document, selector: string): string | null {
  const v = document.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** The site's name from the page's own metadata, for pages Readability gives none. */
function siteNameOf(document: Document): string | null {
  const name = metaContent(document, 'meta[name="application-name"]') ?? metaContent(document, 'meta[name="publisher"]') ?? metaContent(document, 'meta[property="og:site_name"]');
  return name && !/^https?:\/\//i.test(name) ? name : null;
}

/** "Ferry vote – The Coastal Ledger" → "Ferry vote" when the suffix is the site's name. */
function stripSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const suffix = new RegExp(`\\s+[-–—|:·•]{1,2}\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(suffix, '').trim() || title;
}

/**
 * linkedom builds the tree as written and, unlike a browser, does not supply
 * missing <html>/<head>/<body> elements. A page or fragment without them is
 * given them, its <title> moved into the <head>.
 */
export function withBody(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const title = /<title[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  const body = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, '').replace(title, '');
  return `<!DOCTYPE html><html><head>${title}</head><body>${body}</body></html>`;
}

export function htmlToText(source: string): HtmlText {
  const { parseHTML, Readability } = load();
  const html = withBody(source);
  const { document } = parseHTML(html);
  const metaSite = siteNameOf(document);
  let article: ReturnType<ReadabilityModule.Readability<Node>['parse']> = null;
  const warnings: string[] = [];
  const depth = maxDepth(document);
  dropNamedFurniture(document);
  if (depth > MAX_READABLE_DEPTH) {
    warnings.push(`elements nested ${depth} deep; reading the whole page instead of finding the article`);
  } else {
    try {
      article = new Readability<Node>(document, { serializer: (el) => el }).parse();
    } catch {
      // a page Readability cannot handle: read the body below
      article = null;
    }
  }
  const site = (article?.siteName ?? '').trim() || metaSite;
  let lines: string[];
  let readable = true;
  if (article?.content) {
    lines = blockText(article.content, false);
  } else {
    readable = false;
    // Readability changes the document it reads: start again from the source
    const fresh = parseHTML(html).document;
    dropNamedFurniture(fresh);
    lines = fresh.body ? blockText(fresh.body, true) : [];
  }
  const rawTitle = (article?.title ?? document.title ?? '').replace(/\s+/g, ' ').trim();
  const title = rawTitle ? stripSiteName(rawTitle, site) : null;
  if (title && lines[0] !== title) lines.unshift(title);
  return { text: lines.length ? lines.join('\n') + '\n' : '', outlet: site || null, title, readable, warnings };
}
