// Composes the stages for one document:
// quote spans → sentences → cues and frames → speaker resolution → outlet.
import { scanQuotes } from './scan/quotes.js';
import { splitSentences, sentenceAt, type Sentence } from './scan/sentences.js';
import { isNotSpeech } from './scan/titles.js';
import { frameAfter, frameBefore, frameLater, type Frame } from './attribute/frames.js';
import { buildRegistry, resolveMention, learn } from './attribute/speakers.js';
import { findOutlet } from './attribute/outlets.js';
import type { ExtractOptions, Quote, QuoteSpan, QuoteType } from './types.js';

/** How far (UTF-16 units) before and after a quotation its outlet is looked for. */
const OUTLET_REACH = 400;

interface Work {
  span: QuoteSpan;
  sentence: number;
  frame: Frame | null;
  adjacent: boolean;
  type: QuoteType;
  quote: Quote | null;
}

export function extract(text: string, options: ExtractOptions = {}): Quote[] {
  const spans = scanQuotes(text);
  if (!spans.length) return [];
  const sentences = splitSentences(text, spans);
  const registry = buildRegistry(text);
  const works: Work[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const si = sentenceAt(sentences, span.start);
    const sent: Sentence = si >= 0 ? sentences[si]! : { start: span.open, end: span.close };
    const prev = spans[k - 1];
    const next = spans[k + 1];
    const from = prev && prev.close > sent.start && prev.close <= span.open ? prev.close : sent.start;
    const to = next && next.open < sent.end && next.open >= span.close ? next.open : Math.max(sent.end, span.close);
    const after = frameAfter(text, span, to);
    const before = after ? null : frameBefore(text, span, from);
    const later = after || before ? null : frameLater(text, span, to);
    const frame = after ?? before ?? later;
    const adjacent = Boolean(after) || Boolean(before && (before.rule === 'subject-cue-colon' || before.rule === 'according-to' || before.rule === 'subject-cue'));
    const lead = text.slice(from, span.open);
    const content = text.slice(span.start, span.end);
    if (isNotSpeech(content, lead, adjacent)) continue;
    works.push({ span, sentence: si, frame, adjacent, type: quoteType(text, span, from, to, frame), quote: null });
  }

  let group = spans.reduce((g, s) => Math.max(g, s.group ?? 0), 0);
  const out: Quote[] = [];
  for (let k = 0; k < works.length; k++) {
    const w = works[k]!;
    const prev = works[k - 1];
    let frame = w.frame;
    let groupId = w.span.group;
    let inherited: 'same-sentence' | 'continuation' | null = null;
    if (prev && prev.quote) {
      const sameSentence = prev.sentence === w.sentence && w.sentence >= 0;
      // “A,” she said, “B.”: one quotation interrupted by its attribution
      if (sameSentence && prev.frame?.after && (!frame || frame === prev.frame || !frame.after) && !frame?.mention) {
        frame = prev.frame;
        inherited = 'same-sentence';
        groupId = prev.quote.group ?? ++group;
        prev.quote.group = groupId;
      } else if (!frame && sameSentence && prev.frame) {
        frame = prev.frame;
        inherited = 'same-sentence';
      } else if (!frame && w.type === 'direct' && prev.frame && continues(text, prev.span, w.span)) {
        frame = prev.frame;
        inherited = 'continuation';
      } else if (groupId !== null && prev.span.group === groupId && prev.frame && !frame) {
        frame = prev.frame;
        inherited = 'continuation';
      }
    }
    w.frame = frame;
    const q = toQuote(text, w, frame, inherited, groupId, registry, sentences, works, k, options);
    w.quote = q;
    out.push(q);
  }
  const types = options.types;
  return types ? out.filter((q) => types.includes(q.type)) : out;
}

/** Direct: the quotation stands as the utterance; mixed: a fragment inside a clause. */
function quoteType(text: string, span: QuoteSpan, from: number, to: number, frame: Frame | null): QuoteType {
  const lead = text.slice(from, span.open).trim();
  const content = text.slice(span.start, span.end).trim();
  const startsSentence = /^[\p{Lu}\p{N}"“‘'¿¡…(\[]/u.test(content);
  if (!lead) return startsSentence || span.continued ? 'direct' : 'mixed';
  if (/[:]$/.test(lead)) return 'direct';
  if (/,$/.test(lead) && startsSentence && frame && !frame.after) return 'direct';
  if (frame?.after && startsSentence && /[,.!?]$/.test(content) && lead.length < 2) return 'direct';
  return 'mixed';
}

/** Does quotation b continue the speaker of quotation a (next paragraph or sentence, nothing between but attribution)? */
function continues(text: string, a: QuoteSpan, b: QuoteSpan): boolean {
  const between = text.slice(a.close, b.open);
  if (between.length > 400) return false;
  const paragraphs = between.split('\n').filter((l) => l.trim()).length;
  if (paragraphs > 1) return false;
  // another quotation-less paragraph between them breaks the turn
  const lines = between.split('\n');
  if (lines.length > 1) {
    const mid = lines.slice(1, -1).join(' ').trim();
    if (mid) return false;
    // the rest of a's own paragraph after its attribution is fine
  }
  return true;
}

function toQuote(
  text: string,
  w: Work,
  frame: Frame | null,
  inherited: 'same-sentence' | 'continuation' | null,
  group: number | null,
  registry: ReturnType<typeof buildRegistry>,
  sentences: readonly Sentence[],
  works: readonly Work[],
  k: number,
  options: ExtractOptions,
): Quote {
  const span = w.span;
  let speaker: string | null = null;
  let title: string | null = null;
  const m = frame?.mention ?? null;
  if (m) {
    const r = resolveMention(registry, m, m.start);
    speaker = r.speaker;
    title = r.title;
    if (!inherited) learn(registry, speaker, m);
  }
  let confidence = frame ? frame.confidence : 0.3;
  if (m?.kind === 'pronoun') confidence -= 0.05;
  if (m && !speaker) confidence -= 0.2;
  if (inherited) confidence = Math.min(confidence, frame ? (inherited === 'continuation' ? 0.6 : 0.85) : 0.3);

  // outlet: in the sentence's attribution, else carried with the inherited frame
  let outlet: string | null = null;
  let outletMention: Quote['outletMention'] = null;
  const sent = w.sentence >= 0 ? sentences[w.sentence]! : { start: span.open, end: span.close };
  // Guard (linear time): look for the outlet within OUTLET_REACH of the quote, and
  // skip only the quotations near it, so a sentence of thousands of quotations stays linear.
  const lo = Math.max(sent.start, span.open - OUTLET_REACH);
  const hi = Math.min(Math.max(sent.end, span.close), span.close + OUTLET_REACH);
  const skip: [number, number][] = [];
  for (let j = k - 1; j >= 0 && works[j]!.span.end > lo; j--) if (works[j]!.sentence === w.sentence) skip.push([works[j]!.span.start, works[j]!.span.end]);
  for (let j = k; j < works.length && works[j]!.span.start < hi; j++) if (works[j]!.sentence === w.sentence) skip.push([works[j]!.span.start, works[j]!.span.end]);
  const hit = findOutlet(text, lo, hi, skip, frame?.cue?.structural === false ? text.slice(frame.cue.start, frame.cue.end) : null);
  if (hit) {
    outlet = hit.name;
    outletMention = hit.mention;
  } else if (inherited && k > 0 && works[k - 1]!.quote?.outletMention) {
    outlet = works[k - 1]!.quote!.outlet;
    outletMention = null;
  }
  if (!outlet && options.outlet) outlet = options.outlet;

  return {
    quote: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: w.type,
    speaker,
    speakerMention: m ? { text: m.text, start: m.start, end: m.end } : null,
    speakerTitle: title,
    cue: frame?.cue ? { text: text.slice(frame.cue.start, frame.cue.end), start: frame.cue.start, end: frame.cue.end } : null,
    outlet,
    outletMention,
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    rule: frame ? (inherited ? `${inherited}:${frame.rule}` : frame.rule) : null,
    group,
  };
}
