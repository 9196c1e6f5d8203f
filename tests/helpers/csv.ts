// Readers for the CSV and TSV the CLI writes, written from RFC 4180 and jq's
// @tsv rules (independently of src/output/csv.ts), to check round trips.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch === '"') throw new Error(`stray quote at ${i}`);
    else cell += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted cell');
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function parseTsv(text: string): string[][] {
  const unescape = (s: string) => s.replace(/\\([\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
  return text
    .split('\n')
    .filter((l, i, all) => l !== '' || i < all.length - 1)
    .map((l) => l.split('\t').map(unescape));
}
