// Bytes → text. UTF-8 (with or without BOM) is decoded strictly enough to warn
// about invalid sequences; offsets refer to the decoded string.
export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const view = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    text = new TextDecoder('utf-8').decode(view);
    warnings.push('invalid UTF-8; decoded with replacement characters');
  }
  return { text, encoding: 'utf-8', warnings };
}

/** Does this look like a binary file rather than text? */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
