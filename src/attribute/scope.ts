// Stage: outlet scope. Decides which outlet a quote reached the article
// through, from what findOutlet reads in its sentence and from what the
// article said earlier: an interview that goes on, a transcript's broadcast,
// a journalist's outlet, a wire's dateline.
import { aliasIndex, findAffiliations, findDateline, findFraming, findOutlet, type AliasIndex, type OutletHit } from './outlets.js';
import type { Span } from '../types.js';

// Words that continue an interview or report named earlier ("In the interview, she added …").
const SAME_INTERVIEW = /\b(?:(?:the|that|this|same) (?:interview|broadcast|appearance|program|programme|show|segment|conversation|podcast|episode|essay|op-ed|column|article|piece)|later in the (?:interview|show|program|broadcast))\b/i;
// Words that place a quote on another occasion than the interview before it.
const NEW_OCCASION = /\b(?:at|during|in|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:rally|town hall|news conference|press conference|conference|hearing|event|speech|debate|briefing|campaign stop|stop|meeting|forum|summit|ceremony|address|appearance|visit)\b/iu;

// How far (in characters) a run of quotes by one speaker keeps its outlet.
const RUN_GAP = 1200;

export interface OutletScope {
  text: string;
  /** Where the gazetteer's aliases stand in the text (see outlets.ts). */
  aliases: AliasIndex;
  dateline: OutletHit | null;
  /** The journalists and hosts the article ties to an outlet: "MSNBC host Chris Matthews". */
  affiliations: Map<string, OutletHit>;
  /** The outlet each speaker was last reported through. */
  bySpeaker: Map<string, { name: string; mention: Span | null; at: number }>;
  /** The previous quote's speaker and outlet, and where it ended. */
  last: { speaker: string | null; outlet: string | null; mention: Span | null; end: number } | null;
}

export function outletScope(text: string, resolve: (name: string, at: number) => string): OutletScope {
  const aliases = aliasIndex(text);
  const affiliations = new Map<string, OutletHit>();
  for (const a of findAffiliations(text, aliases)) affiliations.set(resolve(a.person, a.at), a.hit);
  return { text, aliases, dateline: findDateline(text), affiliations, bySpeaker: new Map(), last: null };
}

/** Does text[from, to) hold a line break? (The first one after `from` is found, not the whole range copied.) */
function newlineBetween(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl >= 0 && nl < to;
}

/** How many paragraph breaks stand between two offsets (blank lines count once). */
function paragraphsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/\n\s*/).length - 1;
}

export interface OutletQuery {
  start: number;
  end: number;
  /** The sentence holding the quote's attribution, and the previous sentence of its paragraph. */
  sentence: { start: number; end: number };
  previous: { start: number; end: number } | null;
  /** Quotations of the sentence, not read for outlets. */
  skip: [number, number][];
  speaker: string | null;
  cue: string | null;
  /** The quote continues the previous one (same sentence or next paragraph). */
  inherited: boolean;
  /** For transcript turns: the outlet the transcript's introduction names. */
  transcript: OutletHit | null;
}

export interface OutletAnswer {
  outlet: string | null;
  outletMention: Span | null;
}

export function outletFor(scope: OutletScope, q: OutletQuery): OutletAnswer {
  const { text } = scope;
  let answer: OutletAnswer = { outlet: null, outletMention: null };
  const hit = findOutlet(text, q.sentence.start, q.sentence.end, q.skip, q.cue, scope.aliases) ?? (q.previous ? findFraming(text, q.previous.start, q.previous.end) : null);
  const last = scope.last;
  const sentenceText = text.slice(q.sentence.start, q.sentence.end);
  const sameRun = last !== null && q.speaker !== null && last.speaker === q.speaker && q.start - last.end < RUN_GAP && paragraphsBetween(text, last.end, q.start) <= 1 && !NEW_OCCASION.test(sentenceText);
  if (hit) answer = { outlet: hit.name, outletMention: hit.mention };
  else if (q.transcript) answer = { outlet: q.transcript.name, outletMention: q.transcript.mention };
  else if ((q.inherited || sameRun) && last?.outlet) {
    // the same speaker goes on: the same interview or piece
    answer = { outlet: last.outlet, outletMention: last.mention };
  } else if (q.speaker && scope.bySpeaker.has(q.speaker) && SAME_INTERVIEW.test(text.slice(q.sentence.start, q.sentence.end))) {
    const prior = scope.bySpeaker.get(q.speaker)!;
    answer = { outlet: prior.name, outletMention: prior.mention };
  } else if (q.speaker && scope.affiliations.has(q.speaker)) {
    const a = scope.affiliations.get(q.speaker)!;
    answer = { outlet: a.name, outletMention: a.mention };
  } else if (scope.dateline && scope.dateline.mention && !newlineBetween(text, scope.dateline.mention.end, q.start)) {
    // quotes in the lede that a dateline credits: "WASHINGTON (AP) — … “…,” he said."
    answer = { outlet: scope.dateline.name, outletMention: scope.dateline.mention };
  }
  if (q.speaker && hit) scope.bySpeaker.set(q.speaker, { name: hit.name, mention: hit.mention, at: q.start });
  scope.last = { speaker: q.speaker, outlet: answer.outlet, mention: answer.outletMention, end: q.end };
  return answer;
}
