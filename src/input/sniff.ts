// Recognising HTML by its first bytes, and the charset it declares: cheap
// checks kept apart from html.ts, whose parser is loaded only for pages.

/** Does this text (the start of a document) look like an HTML page or fragment? It must start with a tag. */
export function sniffHtml(start: string): boolean {
  return /^(?:\uFEFF)?(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|style|script|article|main|section|div|p|h[1-6])[\s>]/i.test(start.slice(0, 4096));
}

/** The charset an HTML page declares in a <meta> near its start, or null. */
export function metaCharset(start: string): string | null {
  const head = start.slice(0, 4096);
  const m = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
