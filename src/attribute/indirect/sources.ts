// Reported speech given to a source by a phrase, not a verb: "According to X,
// …", "…, according to X", "as indicated by the report", "based on",
// "In a poll released Monday, …", "… a lead in the polls".
import { findCues, type Cue } from '../cues.js';
import { outletNamed } from '../outlets.js';
import { CUES } from '../../lexicon/cues.js';
import { AUTHOR_VERB, PUBLISHED, evidenceOf, namesPerson, subjectAfter, type Mention } from '../mentions.js';
import { IRREGULAR_PAST, isSpeech } from '../../lexicon/speech.js';
import { DETERMINERS, ROLE_NOUNS } from '../../lexicon/people.js';
import type { Token } from '../../scan/tokens.js';
import type { IndirectQuote } from './rules.js';
import {
  MIN_WORDS, NAME_WORD, NOT_SUBJECT_START, OPEN_MARK, finiteVerb, hasVerbish, introAt, nounMention, ofRelative, spanOf, tokenCue, wordsIn,
} from './words.js';
import { namedAfter, unlistedVerb } from './unlisted.js';
import { OCCASION, datelineEnd, endOfClause, lastSegment, opensWithIntro } from './clause.js';

/**
 * The cues without a source's phrase that no list holds (sourceConnector) where it opens the sentence and a cue
 * of the lexicon in the clause after it reports that clause: "Based on estimates by the government, advocates
 * estimate there could be …" is what the advocates estimate.
 */
export function withoutYieldingSources(toks: readonly Token[], cues: Cue[]): Cue[] {
  if (cues.length < 2) return cues;
  return cues.filter((c) => {
    if (!c.structural || c.lemma !== 'according to' || c.first > 1) return true;
    // (the phrase opens the sentence: the clause after its comma, if a cue of the lexicon reports it there)
    let comma = c.last + 1;
    while (comma < toks.length && toks[comma]!.text !== ',') comma++;
    // (a person's name for source: "In accordance with Oduya, the firm has proposed a raise" is what Oduya said)
    return nameThenComma(toks, c.last + 1) || !cues.some((o) => o.first > comma && !o.gerund && !o.structural);
  });
}

// "in contrast with", "in talks with", "in common with": phrases of the form "in … with" that name no source
const IN_NOT_SOURCE = /^(?:contrast|coordination|consultation|conversation|negotiation|alliance|comparison|connection|partnership|conjunction|touch|talks|league|cooperation|collaboration|tandem|contact|concert|solidarity|sympathy|love|competition|negotiations|tune|private|common)$/;
// The heads of the noun phrase a source's phrase may name: a document, a count or a body that speaks, not any noun
// ("as required by law").
const CONNECTED_SOURCE = /^(?:article|report|reports|returns|poll|polls|survey|surveys|study|studies|data|figures|analysis|analyses|records|estimates|estimate|statement|statements|documents|document|count|tally|projections|research|census|numbers|results|review|audit|findings|filings|filing|statistics|index|tracker|average|averages|model|forecast|forecasts|models|tallies|counts|transcript|transcripts|memo|letter|release|complaint|lawsuit|indictment|affidavit|investigation|probe|inquiry|officials|official|police|authorities|authority|council|commission|board|bureau|regulator|watchdog|court|union|association|federation|investigators|prosecutors|sources|source|experts|expert|analysts|analyst|economists|economist|researchers|researcher|scientists|aides|aide|advisers|adviser|advisors|advisor|lawyers|lawyer|attorneys|attorney|database|databases|spokesman|spokeswoman|spokesperson|agency|department|ministry|office|campaign|committee|government|administration|company|group|people|person|persons|executive|executives|participants|attendees|insiders|observers|strategists|organizers|staffers|institute|summary|website|site|sheet|page)$/;

/**
 * The first and last tokens of a phrase at `i` that names a source the way "according to" does, though no list holds it:
 * "as" with a past participle and "by" or "in" ("as indicated by", "as detailed in"), "in" with a noun and "with"
 * ("in line with"), or a past participle with "on" or "upon" ("based on"); null when there is none. The phrase
 * opens its clause (the sentence's start, or after a comma, a dash or a parenthesis) and names a source after it: a
 * noun phrase whose head is a document, a count or a body that speaks ("a new poll", "the Census Bureau's
 * figures"), which ends the clause.
 */
export function sourceConnector(toks: readonly Token[], i: number): { first: number; last: number } | null {
  const w = toks[i]!.lower;
  const a = toks[i + 1];
  const b = toks[i + 2];
  let first = i;
  let last: number;
  if (w === 'on' || w === 'upon') {
    const verb = toks[i - 1];
    // (not a verb of asking, "Her deputy, pressed on the figures, insisted …": what they were asked about)
    if (!verb || !/^\p{Ll}{3,}ed$/u.test(i === 1 ? verb.lower : verb.text) || IRREGULAR_PAST.has(verb.lower) || /^(?:pressed|questioned|quizzed|grilled|challenged|probed|asked)$/.test(verb.lower)) return null;
    first = i - 1;
    last = i;
  } else if (w === 'as') {
    // (a participle in -ed, -wn or -en: "as indicated by", "as shown in", "as written in"; not "as often in")
    if (!a || !b || !/^\p{Ll}{2,}(?:ed|wn|en)$/u.test(a.text) || /^(?:often|even|open|when|then|seven|eleven|been|seen)$/.test(a.lower) || !/^(?:by|in)$/.test(b.lower)) return null;
    last = i + 2;
  } else {
    if (!a || !b || a.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(a.text) || a.lower.endsWith('ing') && a.lower !== 'keeping' || IN_NOT_SOURCE.test(a.lower) || DETERMINERS.has(a.lower) || b.lower !== 'with') return null;
    last = i + 2;
  }
  // the phrase opens its clause
  if (first > 0 && !/^[,(—–;:]$/.test(toks[first - 1]!.text)) return null;
  // a person's name that closes the sentence, maybe after their title: "…, in line with NYPD Commissioner James
  // O’Neill.", "…, based on Craig Bryan, head of …" (after "as", a participle the lexicon holds: "as indicated by",
  // not "as embodied by Marco Rubio"; before "on", "based" only: not "confirmed on Facebook Friday")
  const onName = first < i ? toks[first]!.lower === 'based' : true;
  if (first > 0 && onName && (w !== 'as' || CUES.has(a!.lower)) && namedAfter(toks, last + 1)) return { first, last };
  // (a spinner's "according to": "based on", "in line with", "in keeping with", "in accordance with"; or "as" and a
  // participle the lexicon holds, "as indicated by")
  const spun = first < i && toks[first]!.lower === 'based' || w === 'in' && /^(?:line|keeping|accordance)$/.test(a!.lower);
  const asListed = w === 'as' && CUES.has(a!.lower);
  // ("In accordance with Oduya, the firm has proposed …", "As outlined by Lena Ortiz, …", "Based on Ortiz, …": opening
  // the sentence, a name of one to three words and its comma)
  if (first === 0 && (spun || asListed) && nameThenComma(toks, last + 1)) return { first, last };
  // (and closing it, the name of a body too: "…, as indicated by the Federal Bureau of Prisons.", "…, in line with the FBI.")
  if (first > 0 && (spun || asListed) && bodyNameAfter(toks, last + 1)) return { first, last };
  // the source: a noun phrase whose head is a document, a count or a body that speaks, and that ends the clause
  // (not a name: "confirmed on Facebook", "as embodied by Marco Rubio"; nor a noun after "of": "in common with the
  // rest of the company")
  for (let k = last + 1; k < toks.length && k - last <= 8; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || /^(?:of|in|on|at|by|for|to|with|from|and|or|but|that|which|who)$/.test(t.lower)) return null;
    if (!CONNECTED_SOURCE.test(t.lower)) continue;
    const after = toks[k + 1];
    // (or where it appeared: "a new article in the Harbour Post")
    // (or what it is, after it: "exit polls reported by CNN", "records submitted to the committee", "data available
    // from the FBI", "a publishing executive familiar with the talks", "a senior adviser who requested anonymity",
    // "polls at the time", "people in attendance")
    if (!after || /^[.,;!?)—–]$/.test(after.text) || /^(?:of|by|from|for|released|conducted|published|issued|reported|obtained|provided|available|compiled|submitted|filed|reviewed|presented|prepared|familiar|involved|close|who|at)$/.test(after.lower) || after.lower === 'in' && (bodyNameAfter(toks, k + 2) || toks[k + 2]?.lower === 'attendance')) return { first, last };
  }
  return null;
}

/** Do capitalised words (one to three, not the sentence's last) and then a comma stand at `k`: "Oduya,", "Graham Oduya,"? */
function nameThenComma(toks: readonly Token[], k: number): boolean {
  let j = k;
  while (j < toks.length && j - k < 3 && NAME_WORD.test(toks[j]!.text)) j++;
  return j > k && toks[j]?.text === ',' && j + 1 < toks.length - 1;
}

/**
 * Does the name of a body close the sentence at `k`: "the Federal Bureau of Prisons", "the NAACP",
 * "the conservative-leaning Tax Foundation" (an article, words in lower case before the name, then capitalised words
 * joined by "of", "for", "and" or "the")?
 */
function bodyNameAfter(toks: readonly Token[], k: number): boolean {
  let j = k;
  if (toks[j]?.lower === 'the') j++;
  while (j < toks.length && j - k <= 3 && toks[j]!.kind === 'word' && /^\p{Ll}[\p{Ll}-]+$/u.test(toks[j]!.text) && toks[j + 1]?.kind === 'word') j++;
  const head = j;
  while (j < toks.length && j - head < 8 && toks[j]!.kind === 'word' && (/^\p{Lu}/u.test(toks[j]!.text) || j > head && /^(?:of|for|and|the)$/.test(toks[j]!.text) && /^\p{Lu}/u.test(toks[j + 1]?.text ?? ''))) j++;
  return j > head && /^\p{Lu}/u.test(toks[j - 1]!.text) && (j >= toks.length || /^[.!?]$/.test(toks[j]!.text));
}

/**
 * Does a cue of speech end the words before the source's comma at `comma`, maybe with the time or place of its
 * occasion after it ("Putin replied, according to …", "Velkan said on arrival, according to …")? Not a word in -s, as
 * often a plural noun, "in four states, according to …", as a present, nor a noun after a preposition or an article,
 * "secretary of state, according to …".
 */
function cueBeforeSource(toks: readonly Token[], comma: number, taken: number): boolean {
  for (const x of findCues(toks, Math.max(taken, comma - 6), comma)) {
    if (x.gerund || !isSpeech(x)) continue;
    if (x.last === comma - 1) return !/s$/.test(toks[x.last]!.lower) && !NOUN_BEFORE.test(toks[x.first - 1]?.lower ?? '');
    // (the occasion: "on arrival", "in Brussels", "on Monday", "late on Sunday")
    // (after a name or a pronoun as its subject: "bills introduced in three dozen states, according to …" is a participle)
    const subject = toks[x.first - 1];
    if (subject?.kind === 'word' && (/^\p{Lu}/u.test(subject.text) || /^(?:he|she|they|we|i)$/.test(subject.lower)) && OCCASION.test(toks[x.last + 1]!.lower) && toks.slice(x.last + 1, comma).every((t) => t.kind === 'word') && !/s$/.test(toks[x.last]!.lower)) return true;
  }
  return false;
}
// What stands before a noun, not before a verb: "of state", "the report".
const NOUN_BEFORE = /^(?:of|the|a|an|in|on|at|for|to|by|with|from)$/;
// What one acts "in accordance with" or "in keeping with" that says nothing: a law, a rule, an order, a wish, a plan.
const NORM_NOUN = /^(?:laws?|rules?|regulations?|instructions?|directions?|directives?|orders?|wish|wishes|traditions?|customs?|practices?|polic(?:y|ies)|procedures?|guidelines?|protocols?|plans?|terms|agreements?|requirements?|changes?|standards?|principles?|constitution|treaty|schedule|contracts?|norms?|provisions?|code|statutes?|decrees?|will|requests?|spirit|mandate|obligations?|commitments?|recommendations?|advice)$/;

/**
 * Is the cue a spinner's "according to" in its own sense of conformity ("in accordance with the law", "in keeping with
 * his instructions", "in accordance with a wise and well-known rule"): a norm's noun in the phrase after it, before
 * its first mark, within eight words?
 */
function conformity(toks: readonly Token[], c: Cue): boolean {
  if (c.lemma !== 'in accordance with' && c.lemma !== 'in keeping with') return false;
  for (let k = c.last + 1; k < toks.length && k - c.last <= 8 && toks[k]!.kind === 'word'; k++) if (NORM_NOUN.test(toks[k]!.lower)) return true;
  return false;
}

// A record of what someone said, as the source of "according to": "a transcript of the briefing", "a recording
// obtained by …", "the minutes released by …".
const RECORD_SOURCE = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:transcript|recording|video|readout|minutes|footage|audio|tape)\b/iu;

/** Words that open a clause after a comma, not a source's apposition going on: "…, which …", "…, if passed, …". */
const NOT_AFTER_APPOSITION = /^(?:who|whom|whose|which|that|if|when|while|as|although|though|because|unless|once|after|before|since|until|and|or|but)$/;
const APPOSITION_VERB = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|said|says)$/;

/**
 * The token after an apposition of a source that opens at `open` (an article, its words up to a comma, with no verb;
 * after "the", a role among them: "a senior analyst at Brant Securities", "the bank's chief economist"), where a
 * clause of some words follows it; `open` itself where none does.
 */
function pastSourceApposition(toks: readonly Token[], open: number): number {
  const article = toks[open]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return open;
  let role = false;
  for (let k = open + 1; k < toks.length && k - open <= 10; k++) {
    const t = toks[k]!;
    if (t.text === ',') {
      if (k === open + 1 || article === 'the' && !role || NOT_AFTER_APPOSITION.test(toks[k + 1]?.lower ?? '') || wordsIn(toks, k + 1, endOfClause(toks, k + 1)) < MIN_WORDS) return open;
      // (a role, then a name between commas, is the clause's subject described: "According to a memo obtained by
      // Politico, the campaign’s policy director, Naomi Fitch, told …")
      let n = k + 1;
      while (n < toks.length && n - k <= 4 && toks[n]!.kind === 'word' && /^\p{Lu}/u.test(toks[n]!.text)) n++;
      if (role && n > k + 1 && toks[n]?.text === ',') return open;
      return k + 1;
    }
    if (t.kind !== 'word' && !/^[’'&-]$/.test(t.text) || APPOSITION_VERB.test(t.lower) || IRREGULAR_PAST.has(t.lower)) return open;
    role ||= ROLE_NOUNS.has(t.lower);
  }
  return open;
}

/**
 * "According to X, CLAUSE", "CLAUSE, according to X", "FRONT, according to
 * X, REST": the reported words around a source cue; returns the index before
 * which tokens now belong to a reported clause.
 */
export function accordingTo(text: string, toks: readonly Token[], c: Cue, si: number, taken: number, out: IndirectQuote[]): number {
  if (conformity(toks, c)) return taken;
  // (the source's phrase to its comma, read once and only if asked for)
  let phraseMemo: Mention | null | undefined;
  const phrase = (): Mention | null => (phraseMemo === undefined ? (phraseMemo = sourcePhrase(text, toks, c.last + 1)) : phraseMemo);
  let who = subjectAfter(text, toks, c.last + 1) ?? phrase();
  if (!who) return taken;
  // ("according to the document he released": a relative without "that" is the source's, through its verb)
  if (who.kind === 'noun' && /\s(?:he|she|they|we|i|you)$/i.test(who.text)) who = phrase() ?? who;
  who = evidenceOf(text, toks, who) ?? who;
  // "According to F.A.A. records, …": the source runs to the comma where the name found first stops short
  // (not back to a comma inside the source: "According to a memo that Corwin’s campaign manager, Beth Aldana, sent to
  // donors on Thursday, …" keeps its author, and the rest of the relative clause, to its comma, is the source's too)
  let whoEnd = toks.findIndex((t) => t.start >= who!.end);
  if ((c.first <= 1 || /^[(:—–;]$/.test(toks[c.first - 1]!.text)) && toks[whoEnd]?.text !== ',') {
    let e = whoEnd;
    if (who.kind === 'name' && whoEnd > 0 && AUTHOR_VERB.test(toks[whoEnd - 1]!.lower)) while (e < toks.length && e - whoEnd <= 10 && toks[e]!.kind === 'word') e++;
    if (e > whoEnd && toks[e]?.text === ',') whoEnd = e;
    else {
      // (the phrase to the comma, its document's author still the speaker: "According to a memo from City Manager Osric
      // Pellinore obtained by the Ledger, …")
      const p = phrase();
      const author = p ? evidenceOf(text, toks, p) : null;
      who = author && p ? { ...author, start: p.start, end: p.end, text: p.text } : p ?? who;
      whoEnd = toks.findIndex((t) => t.start >= who!.end);
    }
  }
  // the cue opens the clause: at the sentence's start, after "but", or after "(", ":" or a dash
  // ("But, according to the poll, …": the conjunction and its comma open it too)
  const conjunction = /^(but|and|so|yet)$/.test(toks[taken]?.lower ?? '');
  // ("… of violent crime — including murder and robbery — according to X": a dash that closes an aside is the
  // clause's comma, not an opening)
  const closingDash = /^[—–]$/.test(toks[c.first - 1]?.text ?? '') && toks.slice(taken, c.first - 1).some((t) => t.text === toks[c.first - 1]!.text);
  const opens = c.first === taken || /^[(:—–;]$/.test(toks[c.first - 1]!.text) && !closingDash || conjunction && (c.first - 1 === taken || c.first - 2 === taken && toks[c.first - 1]!.text === ',');
  if (opens) {
    // According to X, CLAUSE.
    if (whoEnd < 0 || toks[whoEnd]!.text !== ',') return taken;
    let open = whoEnd + 1;
    // ("Per a senior manager at the hospital, who requested anonymity because he was not authorised to speak, around
    // 140 operations had been postponed": the source's relative clause is no part of what the source said; nor is one
    // with "that" after a document's author, "In keeping with a memo from its policy director, Anand Vellore, that was
    // obtained by The Washington Post, …")
    if (/^(?:who|which|that)$/.test(toks[open]?.lower ?? '')) {
      const comma = toks.findIndex((t, i) => i > open && i - open <= 30 && t.text === ',');
      if (comma < 0) return taken;
      open = comma + 1;
    }
    // ("According to the Institute for Fiscal Balance, an independent research group, the levy could …", "According to
    // Ana Ruiz, the bank's chief economist, …": an apposition of the source is no part of what it said)
    open = pastSourceApposition(toks, open);
    // ("According to a memo written by the campaign's pollster, Dale Whitcombe, and obtained by Politico, …": the
    // document's second participle, to its comma, is the source's too)
    if (toks[open]?.lower === 'and' && /^\p{Ll}{3,}(?:ed|en|wn)$/u.test(toks[open + 1]?.text ?? '')) {
      const comma = toks.findIndex((t, i) => i > open + 1 && i - open <= 10 && t.text === ',');
      if (comma > 0 && toks.slice(open + 1, comma).every((t) => t.kind === 'word')) open = comma + 1;
    }
    const e = endOfClause(toks, open);
    if (wordsIn(toks, open, e) < MIN_WORDS) return taken;
    // ("According to the Budget Office, the bill would cost …": the clause after the comma is no apposition of the
    // source, though it may open as one)
    if (who.title !== null && text.startsWith(who.title, toks[open]!.start)) who = { ...who, title: null };
    // ("According to a transcript released by the Kremlin, Putin told reporters that …": a record of what was said
    // gives the words of the one it records, whose own cue in the clause reports them; the outlet stage reads
    // "released by the Kremlin"; a verb no list holds before its listener's "that" too: "Per a transcript released by the
    // ministry, Albescu instructed regional officials that …")
    // (so does a medium, which carries the words: "According to Reuters, Finance Minister Ana Ruiz told lawmakers that …")
    if ((RECORD_SOURCE.test(who.text) || outletNamed(text, who) !== null) && (findCues(toks, open, e).some((x) => isSpeech(x) && !x.gerund) || unlistedBeforeThat(toks, open, e))) return open;
    out.push({ ...spanOf(toks, open, e), rule: 'according-to-clause', mention: who, cue: c, sentence: si });
    taken = e;
  } else if (toks[c.first - 1]!.text === ',' && c.first - 2 >= taken && cueBeforeSource(toks, c.first - 1, taken)) {
    // ("Putin replied, according to a transcript released by the Kremlin: “…”", "Putin said, according to Interfax,
    // that …": a source right after a cue of speech and its comma tells where the cue's words are found; the cue's
    // own clause or quotation is what was said, and the words before the cue no clause of the source)
    return taken;
  } else if ((toks[c.first - 1]!.text === ',' || closingDash) && wordsIn(toks, taken, c.first - 1) >= 1) {
    // CLAUSE, according to X.  /  FRONT, according to X, REST.
    let after = whoEnd;
    if (toks[after]?.text === ',' && toks[after + 1]?.kind === 'word' && !/^(and|but|which|who|where)$/.test(toks[after + 1]!.lower)) {
      // an appositive of the source ("Dennis Ross, a former envoy,", "Craig Bryan, head of the National Center for
      // Veterans Studies at the University of Utah,") before the clause resumes; one that runs to the sentence's
      // end leaves nothing to resume
      const w1 = toks[after + 1]!;
      const role = ROLE_NOUNS.has(w1.lower) || /^\p{Ll}+$/u.test(w1.text) && /^(?:of|at|for)$/.test(toks[after + 2]?.lower ?? '');
      const next = toks.findIndex((t, i) => i > after && i - after <= (role ? 20 : 12) && t.text === ',');
      if (next > 0 && (DETERMINERS.has(w1.lower) || /^(a|an|the|former)$/.test(w1.lower) || role)) after = next;
      else if (role && next < 0) after = toks.length;
    }
    // (not with a relative clause on the source or its apposition: "…, according to the ministry, which is run by the
    // group", "…, director of the center, which conducted the poll", "…, a memo from its director, Ana Paz, that was
    // obtained by …")
    // (nor with a comparison of the figure before it: "…19.9 percent, according to X, more than twice what it
    // projected …", "…, up from …": an apposition, not the clause resumed)
    // (nor with where the source was published: "…, according to the paper, published this week in the Journal of …")
    const resumes = toks[after]?.text === ',' && after + 1 < toks.length && toks[after + 1]!.kind === 'word' && !/^(?:which|who|whom|whose|where|that)$/.test(toks[after + 1]!.lower) && !PUBLISHED.test(toks[after + 1]!.lower) &&
      !(/^(?:more|less|fewer|twice|double|triple|up|down|compared|nearly|almost)$/.test(toks[after + 1]!.lower) && /^(?:than|from|with|to|twice|double|half|triple|the|a|\d[\d,.]*)$/.test(toks[after + 2]?.lower ?? '') ||
        /^(?:far|much|well|slightly|significantly)$/.test(toks[after + 1]!.lower) && /^(?:more|less|fewer|above|below|higher|lower)$/.test(toks[after + 2]?.lower ?? ''));
    const end = resumes ? endOfClause(toks, after + 1) : -1;
    // (the verb is after the source where the words before it have none: "The National Weather Bureau, as per its
    // 8 a.m. bulletin, forecast more rain")
    if (resumes && wordsIn(toks, after + 1, end) >= 2 && (hasVerbish(toks, after + 1, end) || !hasVerbish(toks, taken, c.first - 1))) {
      let a = taken;
      while (a < c.first - 1 && /^(but|and|so|yet|still)$/.test(toks[a]!.lower)) a++;
      // (a fragment of words only: "Still, according to …" fronts nothing)
      if (wordsIn(toks, a, c.first - 1) >= 1) out.push({ ...spanOf(toks, a, c.first - 1), rule: 'fronted-fragment', mention: who, cue: c, sentence: si });
      out.push({ ...spanOf(toks, after + 1, end), rule: 'according-to-clause', mention: who, cue: c, sentence: si, joined: true });
      taken = end;
    } else if (wordsIn(toks, taken, c.first - 1) >= MIN_WORDS && !(toks[after]?.text === ',' && (OPEN_MARK.test(toks[after + 1]?.text ?? '') || toks[after + 1]?.text === "'"))) {
      // (not where a quotation resumes after the source: "Clinton was, according to an adviser, “the torchbearer” of
      // his legacy" is one statement, whose quoted words are the mixed quote)
      out.push({ ...spanOf(toks, lastSegment(toks, taken, c.first - 1), c.first - 1), rule: 'clause-according-to', mention: who, cue: c, sentence: si });
      taken = c.last + 1;
    }
  } else if (toks[c.first - 1]!.text === ',' && c.first - 1 === taken && out.length > 0 && (whoEnd < 0 || /^[.!?]$/.test(toks[whoEnd]!.text))) {
    // "HarperCollins declined to renew the offer, according to a publishing executive.": the clause that another
    // cue of the sentence reported is itself reported by the source, around it; the clause with its own cue is
    // what the source said (it comes first in the sentence, so it is kept over the inner clause)
    const open = datelineEnd(toks);
    if (wordsIn(toks, open, c.first - 1) >= MIN_WORDS && hasVerbish(toks, open, c.first - 1) && !opensWithIntro(toks, open)) {
      out.push({ ...spanOf(toks, lastSegment(toks, open, c.first - 1), c.first - 1), rule: 'clause-according-to', mention: who, cue: c, sentence: si });
      taken = c.last + 1;
    }
  } else if (toks[c.first - 1]!.kind === 'word' && !/^(is|are|was|were|be|been|not|and|or|but|that)$/.test(toks[c.first - 1]!.lower) &&
    // "paid according to how many games they start", "varies according to the season": a manner, not a source
    !/(?:ed|ies|ry|er|ers|paid|set|cut|put)$/.test(toks[c.first - 1]!.lower) && /^(a|an|the|recent|new|latest|[\p{Lu}\d].*)$/u.test(toks[c.last + 1]?.text ?? '') && wordsIn(toks, taken, c.first) >= MIN_WORDS + 1 && hasVerbish(toks, taken, c.first)) {
    // "Clinton leads by 271 delegates according to a count by The Associated Press": no comma before the cue
    const whoStop = toks[whoEnd]?.text;
    const source = whoEnd < 0 || whoStop === ',' || /^[.!?]$/.test(whoStop ?? '') ? who : phrase();
    if (source) {
      out.push({ ...spanOf(toks, taken, c.first), rule: 'clause-according-to', mention: source, cue: c, sentence: si });
      taken = c.last + 1;
    }
  }
  return taken;
}
/** Is there a verb no list holds in [from, to) with a "that" at most five words after it (past its listener)? */
function unlistedBeforeThat(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (!unlistedVerb(toks, k)) continue;
    for (let j = k + 1; j < to && j - k <= 5 && toks[j]!.kind === 'word'; j++) if (toks[j]!.lower === 'that') return true;
  }
  return false;
}

/** "according to exit polls, …": the words up to the comma name the source. */
function sourcePhrase(text: string, toks: readonly Token[], from: number): Mention | null {
  let e = from;
  while (e < toks.length && e - from < 25 && (toks[e]!.kind === 'word' || /^[/&-]$/.test(toks[e]!.text))) e++;
  if (e === from || toks[e]?.text !== ',' && e < toks.length - 1) return null;
  // "according to plan", "according to tradition": a lone common noun names no source
  const only = toks[from]!;
  if (e - from === 1 && /^\p{Ll}/u.test(only.text) && !/s$/.test(only.lower) && !/\.[a-z]{2,}$/.test(only.lower)) return null;
  if (/^(plan|schedule|tradition|custom|law|rule|rules|protocol|script)$/.test(toks[e - 1]!.lower)) return null;
  return nounMention(text, toks, from, e - 1);
}

// The documents and polls that a sentence opening "In a … poll," reports from.
const SOURCE_DOC = /^(poll|polls|survey|surveys|study|studies|report|reports|analysis|interview|statement|letter|memo|filing|speech|op-ed|column|book|ruling|opinion|complaint|lawsuit|email|emails|tweet|tweets|post|video|ad|editorial|testimony|remarks|memoir|transcript|documents|indictment|affidavit|briefing)$/;

// The sources of SOURCE_DOC that carry a person's own words.
const SPOKEN_DOC = /^(interview|statement|letter|memo|speech|op-ed|column|book|email|emails|tweet|tweets|post|video|testimony|remarks|memoir|briefing)$/;

/**
 * "In an NBC News poll released Monday, 50 percent chose Clinton", "In a
 * statement, the company blamed …": what the poll or document says.
 */
export function inSource(text: string, toks: readonly Token[], si: number, cues: readonly Cue[]): IndirectQuote[] {
  let i = 0;
  if (/^(but|and)$/.test(toks[0]?.lower ?? '')) i++;
  if (toks[i]?.lower !== 'in' || !DETERMINERS.has(toks[i + 1]?.lower ?? '') && !/[’']s$/.test(toks[i + 1]?.text ?? '')) return [];
  const comma = toks.findIndex((t, j) => j > i && j - i <= 16 && t.text === ',');
  if (comma < 0 || !toks.slice(i + 1, comma).some((t) => SOURCE_DOC.test(t.lower))) return [];
  // "In an interview, Smith said …": the cue after the comma reports it (and so does a verb no list holds, "In a
  // statement, the authority verbalized it …")
  if (findCues(toks, comma + 1, Math.min(toks.length, comma + 8)).some((c) => !c.gerund)) return [];
  const e = endOfClause(toks, comma + 1);
  // (past a longer subject with its appositions, "In a blog post, its president, Nick Clegg, and chief legal officer
  // Jennifer Newstead wrote …": a cue with no finite verb between the comma and it)
  // (a compound adjective in -ed is no finite verb: "Miriam Castellane, the exchange’s court-appointed administrator, wrote")
  if (findCues(toks, comma + 8, Math.min(toks.length, comma + LONG_SUBJECT)).some((c) => !c.gerund && !toks.slice(comma + 1, c.first).some((t) => finiteVerb(t) && !t.lower.includes('-')))) return [];
  if (cues.some((c) => c.structural && c.first > comma && c.first < comma + 8 && !c.gerund)) return [];
  if (wordsIn(toks, comma + 1, e) < MIN_WORDS || !hasVerbish(toks, comma + 1, e)) return [];
  // ("In the memo, a copy of which was obtained by the Harbour Times, …": a relative clause of the document's)
  if (ofRelative(toks, comma + 1, e)) return [];
  // "In her remarks, Okafor thanked …", "In an interview, he said …": a person's own words, which
  // the venue only carries, are that person's ("In a poll, 50 percent chose …" are the poll's)
  const subject = toks.slice(i + 1, comma).some((t) => SPOKEN_DOC.test(t.lower)) ? subjectAfter(text, toks, comma + 1, e) : null;
  // ("In an interview with the daily Severni Glas, Olbrecht struck a more conciliatory tone": how they spoke, not what)
  if (subject && MANNER_OF_SPEAKING.test(text.slice(subject.end, subject.end + 80))) return [];
  const person = subject && namesPerson(subject) ? subject : null;
  const source = person ?? nounMention(text, toks, i + 1, comma - 1);
  const cue = tokenCue(toks, i, 'in', { structural: true });
  return [{ ...spanOf(toks, comma + 1, e), rule: 'in-source', mention: source, cue, sentence: si }];
}

/** A manner of speaking after its subject: "struck a more conciliatory tone", "sounded a defiant note", "took a harder line". */
const MANNER_OF_SPEAKING = /^\s+(?:struck|strikes|sounded|sounds|took|takes|adopted|adopts|hit|hits)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:tone|note|line|stance|chord)(?![\p{L}-])/u;

/** How many tokens a subject with its appositions may run to after "In a statement,". */
const LONG_SUBJECT = 24;

const POLL = new Set(['poll', 'polls', 'survey', 'surveys', 'average', 'averages', 'polling']);

/**
 * "Trump has a decisive lead in the polls", "Cruz came in second in January
 * polls": what the polls report, their finding before "in … polls".
 */
export function inPolls(text: string, toks: readonly Token[], si: number): IndirectQuote[] {
  for (let j = 3; j < toks.length - 1; j++) {
    if (toks[j]!.lower !== 'in') continue;
    let p = j + 1;
    while (p < toks.length && p - j <= 7 && toks[p]!.kind === 'word' && !POLL.has(toks[p]!.lower)) p++;
    if (!POLL.has(toks[p]?.lower ?? '')) continue;
    // the poll ends the clause: "… in the polls." / "… in the polls, …" / "… in polls ahead of …"
    if (toks[p + 1] && toks[p + 1]!.kind === 'word' && !/^(of|by|released|conducted|ahead|in|this|last|since|taken)$/.test(toks[p + 1]!.lower)) continue;
    return standingInPolls(text, toks, j, p, si);
  }
  return [];
}

/**
 * The standing that "in" the polls at `j` (the poll word at `p`) reports, as
 * inPolls's one quote, or none. Apart from inPolls's scan of every "in": see
 * sayingClauseAt (participles.ts).
 */
function standingInPolls(text: string, toks: readonly Token[], j: number, p: number, si: number): IndirectQuote[] {
  let a = 0;
  const comma = toks.findIndex((t, i) => i < j && t.text === ',');
  if (comma > 0 && (introAt(toks, 0) || NOT_SUBJECT_START.test(toks[0]!.lower))) a = comma + 1;
  while (a < j && /^(but|and|so|yet|still|now|while)$/.test(toks[a]!.lower)) a++;
  if (NOT_SUBJECT_START.test(toks[a]?.lower ?? '') || introAt(toks, a)) return [];
  const words = wordsIn(toks, a, j);
  // "…, where he has had a big lead": the clause of the relative
  const where = toks.findIndex((t, i) => i >= a && i < j && /^(where|when)$/.test(t.lower));
  if (where >= 0) a = where + 1;
  // a standing in the race, which is what polls report
  if (words < 3 || words > 30 || !toks.slice(a, j).some((t) => /^(lead|leads|led|leading|trails|trailed|trailing|ahead|behind|second|third|fourth|fifth|points?|percent|edge|margin|advantage|deficit|tied|dead|heat|frontrunner|front-runner)$/.test(t.lower))) return [];
  const source = nounMention(text, toks, j + 1, p);
  const cue = tokenCue(toks, j, 'in', { structural: true });
  return [{ ...spanOf(toks, a, j), rule: 'in-polls', mention: source, cue, sentence: si }];
}
