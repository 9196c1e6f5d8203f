// Lines of scraped pages that are not the article: link lists, share
// buttons, newsletter and photo credits. Quotation marks inside them never
// make quotes. Source: the page furniture of news sites as it survives
// copy-paste and HTML-to-text (Al Jazeera's "Recommended Stories / list of 3
// items", "Read more:", "Follow X on Twitter", AP's copyright line), and the
// rewordings a spinner gives them ("Beneficial Tales", "checklist of three
// gadgets").

const LINE = new RegExp(
  [
    String.raw`^(?:recommended|related|beneficial|suggested|popular|trending|top|more|latest|advisable)\s+(?:stories|tales|articles|reads|news|videos|content)\b`,
    String.raw`^(?:check)?list\s+(?:of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:items?|gadgets?|objects?|things?)`,
    String.raw`^(?:check)?list\s+\d+\s+of\s+\d+\s*$`,
    String.raw`(?:^|\s)(?:end|finish)\s+of\s+(?:check)?list\s*$`,
    String.raw`^(?:read|see|watch|listen)\s+(?:more|also|next)\b`,
    String.raw`^(?:advertisement|sponsored|promoted|skip advertisement|story continues below)\b`,
    String.raw`^(?:sign up|subscribe)\b`,
    String.raw`^(?:copyright|©|\(c\)\s)`,
    String.raw`^all rights reserved`,
    String.raw`^follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b`,
    String.raw`^(?:share|tweet|email|print)(?:\s+(?:this|on|via)\b.*)?$`,
    String.raw`^\(?(?:photo|image|picture|video|file photo|credit)\s*:`,
    String.raw`^(?:click|tap)\s+here\b`,
  ].join('|'),
  'iu',
);

const BLOCK_START = /^(?:recommended|related|beneficial|suggested|more)\s+(?:stories|tales|articles|reads)\b|^(?:check)?list\s+of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+\w+/iu;
const BLOCK_END = /(?:end|finish)\s+of\s+(?:check)?list\s*$/iu;
const MAX_BLOCK_LINES = 40;

/** Ranges [start, end) of boilerplate lines, in order. */
export function boilerplateRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let blockLines = -1;
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, Math.min(le, ls + 200)).trim();
    if (line) {
      const inBlock = blockLines >= 0 && blockLines < MAX_BLOCK_LINES;
      if (BLOCK_START.test(line)) blockLines = 0;
      if (inBlock || blockLines === 0 || (le - ls < 200 && LINE.test(line))) out.push([ls, le]);
      if (blockLines >= 0) blockLines++;
      if (BLOCK_END.test(line) || blockLines >= MAX_BLOCK_LINES) blockLines = -1;
    }
    ls = le + 1;
  }
  return out;
}
