// Noun phrases that name a speaker, read from tokens around a cue: a pronoun,
// a proper name with its title ("Foreign Ministry spokesperson Guo Jiakun"),
// or a common noun phrase ("a senior official"). Pure functions over tokens.
import { ADVOCACY_PLURALS, ASSOCIATION_HEADS, BODY_HEADS, CAMPAIGN_FOR, DETERMINERS, HONORIFIC_GENDER, HONORIFICS, JOINED_PARTICLE, NAME_PARTICLES, NOT_NAME_CONTRACTED, NOT_NAME_WORDS, ORG_WORDS, PARTY_STATE, PLIGHT_EPITHETS, PORTFOLIO_WORDS, POSTNOMINALS, PRONOUNS, PROPER_ADJECTIVES, ROLE_MODIFIERS, ROLE_NOUNS, SPEAKER_NOUNS, SURNAME_PARTICLES, SURNAME_TITLES } from '../lexicon/people.js';
import { CUE_MODIFIERS } from '../lexicon/cues.js';
import { IRREGULAR_PAST } from '../lexicon/speech.js';
import { STATE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { REGION_WORDS, REGIONS } from '../lexicon/places.js';
import { isUpperAt, stripPossessive, tokenAt, type Token } from '../scan/tokens.js';
import { SMALL as TITLE_SMALL } from '../scan/titles.js';
import { afterOwner, demonym, displayName, endsGivenName, isGivenName, personStart, unlistedGivenName, ownBeforeAnd } from './names.js';
import { isDictionaryWord, verbByTable } from '../nlp/compromise.js';

export type MentionKind = 'pronoun' | 'name' | 'noun';

export interface Mention {
  kind: MentionKind;
  /** The whole phrase as written ("Kremlin aide Yuri Ushakov"). */
  start: number;
  end: number;
  text: string;
  /** The name part only ("Yuri Ushakov"), for names. */
  name: string | null;
  /** Title or role written with the name ("Kremlin aide"), or an appositive. */
  title: string | null;
  /** For pronouns: m, f, n (it) or p (plural and first/second person). */
  gender: 'm' | 'f' | 'n' | 'p' | null;
  /** The first of two people named together as one subject ("Tom Reed" of "Tom Reed and Ana Ruiz said"). */
  also?: Mention;
}

// A token that opens or closes a quotation or a title in marks (straight double marks do both).
export const OPEN_MARK_TOKEN = /^[“"]$/;
export const CLOSE_MARK_TOKEN = /^[”"]$/;
// An elided French or Italian article or "de" before a capital, inside a name: "d'Études", "d’Estaing", "l'Économie".
const ELIDED_ARTICLE = /^[dl][’']\p{Lu}/u;
// (a word that opens with an Arabic article or a particle joined by a hyphen is a capitalised name's: "al-Khafaji"; so
// is one after an elided article; each pattern runs only on a word with a hyphen third or fourth, or an apostrophe second)
const isCap = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && (isUpperAt(t.text, 0) || (t.text.charCodeAt(2) === 45 || t.text.charCodeAt(3) === 45) && JOINED_PARTICLE.test(t.text) ||
  (t.text.charCodeAt(1) === 39 || t.text.charCodeAt(1) === 8217) && ELIDED_ARTICLE.test(t.text));
const isWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word';
/** Is the token at `k` an ampersand between two capitalised words of one name ("Plate & Palate", "Brandt & Hale")? */
export function joinsName(toks: readonly Token[], k: number): boolean {
  return toks[k]!.text === '&' && isCap(toks[k - 1]) && isCap(toks[k + 1]);
}
/** Is toks[k] a union local's number after "Local" ("Teamsters Local 120")? */
const localNumberAt = (toks: readonly Token[], k: number): boolean => /^\d{1,4}$/.test(toks[k]?.text ?? '') && toks[k - 1]?.text === 'Local';
// (a role's compound with "co-" or "vice-" too: "Co-author Tobias Lindqvist", "co-chair")
const isRole = (t: Token): boolean => ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(stripPossessive(t.lower)) || t.lower.includes('-') && hyphenedRole(t.lower);
/**
 * A role written with a hyphen: a prefix of rank before a role ("co-chair", "vice-president", "rear-admiral"), or two
 * roles joined, as ranks are ("Colonel-General", "Lieutenant-Colonel", "Sergeant-Major").
 */
function hyphenedRole(w: string): boolean {
  const parts = w.split('-');
  return parts.length === 2 && ROLE_NOUNS.has(parts[1]!) && (/^(?:co|vice|rear)$/.test(parts[0]!) || ROLE_NOUNS.has(parts[0]!));
}
/**
 * Is token k a lower-case word of a role before it ("press" of "press secretary", "national security" of "national
 * security adviser"), with a capitalised word before the role's words ("White House press secretary") or a role noun
 * ("chief legal officer")?
 */
function roleModifier(toks: readonly Token[], k: number, floor: number): boolean {
  const t = toks[k]!;
  if (t.kind !== 'word' || !ROLE_MODIFIERS.has(t.lower)) return false;
  let j = k + 1;
  while (j < toks.length && ROLE_MODIFIERS.has(toks[j]!.lower)) j++;
  if (j >= toks.length || !isRole(toks[j]!) || isCap(toks[j])) return false;
  let i = k - 1;
  while (i >= floor && ROLE_MODIFIERS.has(toks[i]!.lower)) i--;
  // (or a role noun of rank before them: "chief legal officer", "deputy press secretary")
  return i >= floor && (isCap(toks[i]) && !NOT_NAME_WORDS.has(toks[i]!.lower) || isRole(toks[i]!));
}

/** "Acme's chief technology officer": a capitalised owner, then lower-case words up to a role noun (at most four). */
function ownerThenRole(toks: readonly Token[], k: number, limit: number): boolean {
  if (!isCap(toks[k]) || !/[’']s$/.test(toks[k]!.text)) return false;
  for (let j = k + 1; j < limit && j - k <= 4; j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || isCap(t)) return false;
    if (isRole(t)) return true;
  }
  return false;
}
/** A capitalised word that heads the name of a body: "Department", "Bank", "University" (of …). */
const isOrgHead = (t: Token): boolean => isCap(t) && BODY_HEADS.has(t.lower);

/**
 * Does a body's head and "for" come among the few capitalised words before `k` ("Centers for Disease Control"), or a
 * capitalised title and its portfolio's "for" ("Minister for Foreign Affairs and Regional Cooperation")?
 */
function bodyForBefore(toks: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= floor + 1 && k - j <= 4 && (isCap(toks[j]) || toks[j]!.lower === 'for'); j--) if (toks[j]!.lower === 'for' && (bodyHeadFor(toks[j - 1]!) || titleFor(toks, j, floor))) return true;
  return false;
}
/**
 * Does "and" at `k` join two capitalised English words inside the name of a body or a title's portfolio after "of":
 * "the Ministry of Trade and Industry", "the Chamber of Commerce and Industry", "Minister of Trade and Industry Ana
 * Paz"? Not a person after a body ("Covert of the University of Chicago and Professor Knittel") nor a second person
 * after a title's ("Secretary of State Hillary Clinton and Bernie Sanders").
 */
function portfolioAndAt(toks: readonly Token[], k: number, floor: number): boolean {
  const next = toks[k + 1];
  if (!next || !isCap(next) || isRole(next) || HONORIFICS.has(next.lower) || isGivenName(next.text) || !isDictionaryWord(next.lower)) return false;
  // (past the commas of a list of three or more: "the Ministry of Ports, Shipping and Waterways")
  for (let j = k - 1; j >= floor + 1 && k - j <= 8 && (isCap(toks[j]) && !isGivenName(toks[j]!.text) || toks[j]!.lower === 'of' || listComma(toks, j)); j--) {
    if (toks[j]!.lower === 'of') return isOrgHead(toks[j - 1]!) || isCap(toks[j - 1]) && isRole(toks[j - 1]!) && !roleAsSurname(toks, j - 1, floor);
  }
  return false;
}
/** Is toks[j] a comma between two capitalised English words, as in a list of a portfolio's or a body's parts? */
const listComma = (toks: readonly Token[], j: number): boolean => toks[j]!.text === ',' && isCap(toks[j - 1]) && isDictionaryWord(toks[j - 1]!.lower) && isCap(toks[j + 1]) && isDictionaryWord(toks[j + 1]!.lower) && !isGivenName(toks[j + 1]!.text);
/**
 * Is the comma at `k` one of a list inside the name of a body or a title's portfolio after "of", that "and" closes
 * before `i`: "the Ministry of Ports, Shipping and Waterways"?
 */
function portfolioCommaAt(toks: readonly Token[], k: number, i: number, floor: number): boolean {
  if (!listComma(toks, k)) return false;
  for (let j = k + 1; j < i && j <= k + 4; j++) if (toks[j]!.lower === 'and') return portfolioAndAt(toks, j, floor);
  return false;
}
/**
 * Does "and" at `k` join the capitalised words of one body's name, after "the" and before the body's head that ends the
 * name at `i` ("the Food and Allied Workers’ Union", "the Fire and Rescue Service")? Up to three words before it.
 */
function bodyAndAt(toks: readonly Token[], k: number, i: number, floor: number): boolean {
  if (!ORG_WORDS.has(toks[i]!.lower) || !isCap(toks[i]) || i - k > 5) return false;
  let j = k - 1;
  while (j >= floor && k - j <= 3 && isCap(toks[j]) && toks[j]!.lower !== 'the' && !isGivenName(toks[j]!.text)) j--;
  if (j >= k - 1) return false;
  if (j >= floor && toks[j]!.lower === 'the') return true;
  // ("a spokesman for Avon and Somerset Police", "Avon Fire and Rescue Service said": a public service's name with no
  // "the", after a preposition or opening the sentence; not after "of", where the name before it is a person's of the
  // body, "Station commander Claire Ndlovu of Teal Valley Fire and Rescue Service")
  return SERVICE_HEAD.test(toks[i]!.lower) && (j < floor || /^(?:for|by|from|with|at|to)$/.test(toks[j]!.lower) || /^[,;:(—–]$/.test(toks[j]!.text));
}
// The heads of a public service's name that goes without "the": "Avon and Somerset Police", "… Fire and Rescue Service".
const SERVICE_HEAD = /^(?:police|constabulary|service|services|council|authority|trust|board|commission)$/;
/**
 * Is the "for" at `k` a capitalised title's, before its portfolio: "Minister for Foreign Affairs", "Special Envoy for
 * Border Affairs", "Secretary of State for Health"?
 */
function titleFor(toks: readonly Token[], k: number, floor: number): boolean {
  let j = k - 1;
  // (past the office of "Secretary of State")
  if (j - 2 >= floor && isCap(toks[j]) && toks[j - 1]!.lower === 'of' && isRole(toks[j - 2]!)) j -= 2;
  return j >= floor && isCap(toks[j]) && isRole(toks[j]!) && !roleAsSurname(toks, j, floor);
}
/**
 * Is toks[k] the apostrophe of a plural's possessive, written right after its word, before the capitalised head of an
 * association's name ("Farmers’ Union", "Nurses’ Association")?
 */
function pluralBeforeAssociation(toks: readonly Token[], k: number): boolean {
  return /^[’']$/.test(toks[k]!.text) && k >= 1 && toks[k - 1]!.end === toks[k]!.start && /\p{Ll}s$/u.test(toks[k - 1]!.text) && isCap(toks[k + 1]) && ASSOCIATION_HEADS.has(toks[k + 1]!.lower);
}
/** A body's head before "for", or its plural: "Center for …", "Centers for …". */
const bodyHeadFor = (t: Token): boolean => isOrgHead(t) || isCap(t) && t.lower.endsWith('s') && BODY_HEADS.has(t.lower.slice(0, -1));

// The nouns of evidence or of a document a body publishes: "data from …", "a survey by …", "figures released by …",
// "a statement from …".
// A body's possessive before its evidence: "the Treasury’s own projections", "the Census Bureau's figures".
const OWNED_EVIDENCE = /^(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4})[’']s?\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;
const EVIDENCE_NOUN = /^(?:data|figures|numbers|statistics|estimates|records|documents|survey|poll|report|study|analysis|review|audit|count|tally|results|returns|projections|statement|release|letter|filing|notice|memo|bulletin|advisory|email|e-mail)$/;

/**
 * "according to data from tanker-tracking firm Kestrel Maritime Analytics", "as per a statement from the Harborview
 * Athletics Association": the body that published the evidence or the document speaks, its mention the whole phrase
 * ("data from … Analytics", as annotators mark it). The body's name follows "from" or "by" (after "released",
 * "published", "compiled" or a day) and up to three words saying what it is, within ten words of the noun. Null when
 * `who` is no such noun or no name follows.
 */
export function evidenceOf(text: string, toks: readonly Token[], who: Mention): Mention | null {
  if (who.kind !== 'noun') return null;
  // ("according to the Treasury’s own projections": the possessor of the evidence, its mention the whole phrase)
  const owned = OWNED_EVIDENCE.exec(who.text);
  if (owned && EVIDENCE_NOUN.test(owned[2]!.toLowerCase())) return { ...who, kind: 'name', name: owned[1]!, title: null, gender: null };
  let k = toks.findIndex((t) => t.start >= who.end);
  // ("According to a memo from City Manager Osric Pellinore obtained by the Ledger, …": a mention that runs on past its
  // document's noun and "from" is read from that noun)
  if (k >= 1 && !EVIDENCE_NOUN.test(toks[k - 1]!.lower)) {
    for (let j = toks.findIndex((t) => t.start >= who.start); j >= 0 && j < k - 1; j++) {
      if (EVIDENCE_NOUN.test(toks[j]!.lower) && /^from$/.test(toks[j + 1]!.lower)) {
        k = j + 1;
        break;
      }
    }
  }
  // ("a memo written by campaign manager Beth Aldana": the noun phrase found took in the document's participle)
  if (k >= 2 && AUTHORED.test(toks[k - 1]!.lower) && EVIDENCE_NOUN.test(toks[k - 2]!.lower)) k--;
  if (k < 1 || !EVIDENCE_NOUN.test(toks[k - 1]!.lower)) return null;
  // ("a memo that Corwin’s campaign manager, Beth Aldana, sent to donors": the author its relative clause names)
  // (the mention runs through the author's verb, as annotators mark the source: "a memo that … Beth Aldana, sent")
  const author = toks[k]?.lower === 'that' ? authorInRelative(toks, k + 1) : null;
  if (author) return { kind: 'name', start: who.start, end: toks[author[2]]!.end, text: text.slice(who.start, toks[author[2]]!.end), name: text.slice(toks[author[0]]!.start, toks[author[1]]!.end), title: null, gender: null };
  const limit = Math.min(toks.length, k + 10);
  // (past a party's or a people's adjective too: "a memo circulated among Democratic donors by the pollster …")
  while (k < limit && toks[k]!.kind === 'word' && !/^(?:from|by)$/.test(toks[k]!.lower) && (/^\p{Ll}/u.test(toks[k]!.text) || WEEKDAY_WORD.test(toks[k]!.lower) || PARTY_ADJECTIVE.test(toks[k]!.text) || demonym(toks[k]!.text))) k++;
  // (not the outlet that got hold of it: "court documents obtained by TMZ", "emails seen by Reuters")
  if (k >= limit || !/^(?:from|by)$/.test(toks[k]!.lower) || toks[k]!.lower === 'by' && /^(?:obtained|seen|reviewed|viewed|acquired|leaked|shared)$/.test(toks[k - 1]?.lower ?? '')) return null;
  let a = k + 1;
  while (a < limit && a - k <= 4 && toks[a]!.kind === 'word' && /^\p{Ll}/u.test(toks[a]!.text) && !/^(?:of|and|which|who|that)$/.test(toks[a]!.lower)) a++;
  // ("a statement issued by the board of trustees": a body no name gives, by its head, maybe with its members or its
  // field after "of")
  if (toks[k + 1]?.lower === 'the' && a > k + 2 && BODY_HEADS.has(toks[a - 1]!.lower)) {
    let b = a - 1;
    if (toks[b + 1]?.lower === 'of' && toks[b + 2]?.kind === 'word' && /^\p{Ll}+$/u.test(toks[b + 2]!.text) && !DETERMINERS.has(toks[b + 2]!.lower)) b += 2;
    return { kind: 'name', start: who.start, end: toks[b]!.end, text: text.slice(who.start, toks[b]!.end), name: text.slice(toks[k + 1]!.start, toks[b]!.end), title: null, gender: null };
  }
  // ("a memo from the campaign's policy director, Celeste Marwood,": the name in the apposition of a role)
  if (toks[a]?.text === ',' && a - 1 > k && isRole(toks[a - 1]!) && isCap(toks[a + 1])) a++;
  if (!/^\p{Lu}/u.test(toks[a]?.text ?? '') || toks[a]!.kind !== 'word') return null;
  let b = a;
  while (b + 1 < toks.length && (/^\p{Lu}/u.test(toks[b + 1]!.text) && toks[b + 1]!.kind === 'word' || /^(?:of|the|and|for|&)$/.test(toks[b + 1]!.lower) && /^\p{Lu}/u.test(toks[b + 2]?.text ?? '') && toks[b + 1]!.start === toks[b]!.end + 1)) b++;
  // ("a memo from City Manager Osric Pellinore": the capitalised title before the name is the author's title)
  let r = -1;
  for (let t = a; t < b; t++) if (isRole(toks[t]!) && isCap(toks[t + 1]) && !NAME_LINK_WORD.test(toks[t + 1]!.lower)) r = t;
  const name = text.slice(toks[r >= a ? r + 1 : a]!.start, toks[b]!.end);
  const title = r >= a ? text.slice(toks[a]!.start, toks[r]!.end) : null;
  return { kind: 'name', start: who.start, end: toks[b]!.end, text: text.slice(who.start, toks[b]!.end), name, title, gender: null };
}
// Lower-case words inside a capitalised name ("Secretary of State", "Department of the Interior").
const NAME_LINK_WORD = /^(?:of|the|and|for|&)$/;

// The participles of a document's making, before "by" and its author ("a memo written by …").
const AUTHORED = /^(?:written|signed|drafted|authored|prepared|sent|circulated|compiled)$/;
// The verbs of a document's author in a relative clause on it ("a memo that … Beth Aldana sent").
export const AUTHOR_VERB = /^(?:sent|wrote|signed|drafted|circulated|prepared|distributed|issued|released|compiled|authored)$/;

/**
 * The author a relative clause on a document names, from `k` (after "that"): a name and its verb ("that Beth Aldana
 * sent"), or a role with its possessive, then the name between commas ("that Corwin’s campaign manager, Beth Aldana,
 * sent"); the name's first and last token and the verb's, or null.
 */
function authorInRelative(toks: readonly Token[], k: number): [number, number, number] | null {
  let a = k;
  // (past a description of at most five words that ends in a role, to its comma)
  const comma = toks.findIndex((t, i) => i >= k && i - k <= 5 && t.text === ',');
  if (comma > k && isRole(toks[comma - 1]!) && toks.slice(k, comma).every((t) => t.kind === 'word')) a = comma + 1;
  if (!isCap(toks[a])) return null;
  let b = a;
  while (b + 1 < toks.length && b - a < 3 && nameToken(toks[b + 1])) b++;
  const verb = a > k ? (toks[b + 1]?.text === ',' ? b + 2 : -1) : b + 1;
  return verb > 0 && AUTHOR_VERB.test(toks[verb]?.lower ?? '') ? [a, b, verb] : null;
}

// A party's adjective, capitalised inside a document's description before its author ("among Democratic donors by …").
const PARTY_ADJECTIVE = /^(?:Democratic|Republican|Conservative|Labour|Liberal|Green)$/;

/** Does a role after a preposition and a possessive end just before the comma `k` ("signed by its spokesman,")? */
function roleOfPreposition(toks: readonly Token[], k: number, floor: number): boolean {
  if (k - 3 >= floor && toks[k]?.text === ',' && isRole(toks[k - 1]!) && /^(?:its|his|her|their)$/.test(toks[k - 2]!.lower) && /^(?:by|from|to|for|with)$/.test(toks[k - 3]!.lower)) return true;
  // (or of a role after "of" inside a relative clause of the subject's apposition: "Senator Orrin Valdecasas, a Wyoming
  // Republican who has long been described as a reluctant ally of the previous president, Harlan Brecken, stated")
  const lo = Math.max(floor, 0);
  if (k - 3 < lo || toks[k]?.text !== ',' || !isRole(toks[k - 1]!)) return false;
  let j = k - 2;
  if (/^\p{Ll}+$/u.test(toks[j]!.text) && !DETERMINERS.has(toks[j]!.lower)) j--;
  if (j - 1 < lo || toks[j]!.lower !== 'the' || toks[j - 1]!.lower !== 'of') return false;
  for (let i = j - 2; i >= lo && j - i <= 25; i--) if (toks[i]!.lower === 'who' && toks[i - 1]?.kind === 'word') return true;
  return false;
}

/** "New" that begins a place or a title: New York, New Jersey, The New Republic. */
const NEW_PLACE = /^(york|jersey|hampshire|mexico|orleans|zealand|delhi|republic|yorker|haven|england)$/;
const newPlace = (toks: readonly Token[], i: number): boolean => toks[i]?.text === 'New' && NEW_PLACE.test(toks[i + 1]?.lower ?? '');

/** Is this token part of a proper name (capitalised word, initial, or particle)? */
function nameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (NAME_PARTICLES.has(t.lower)) return true;
  // ("There’s", "What's": a function word with its verb, capitalised at the sentence's start)
  return isCap(t) && !NOT_NAME_CONTRACTED.test(t.lower);
}

/** Build a mention from tokens [a, b] (inclusive). */
function make(text: string, toks: readonly Token[], a: number, b: number, kind: MentionKind): Mention {
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  const m: Mention = { kind, start, end, text: text.slice(start, end), name: null, title: null, gender: null };
  if (kind === 'pronoun') m.gender = PRONOUNS[toks[a]!.lower] ?? null;
  if (kind === 'name') splitTitle(text, toks, a, b, m);
  return m;
}

/** Is there a title's "for" before its portfolio among the tokens [a, b] ("Deputy Minister for Maritime Affairs")? */
function portfolioIn(toks: readonly Token[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (toks[j]!.lower === 'for' && titleFor(toks, j, a)) return true;
  return false;
}

/** The small words inside a portfolio's name: "Foreign Affairs and Trade", "Culture, Media and Sport". */
const PORTFOLIO_LINK = /^(?:and|&|of|the|,)$/;

/** Separate "Russian President" from "Vladimir Putin"; strip "Mr." and possessives. */
function splitTitle(text: string, toks: readonly Token[], a: number, b: number, m: Mention): void {
  // ("Citizens for Tax Justice", "Veterans for Peace": a group's name is whole, no word of it a title)
  for (let j = a + 1; j < b; j++) {
    if (toks[j]!.lower === 'for' && groupForAt(toks, j, b)) {
      m.name = displayName(text.slice(toks[a]!.start, toks[b]!.end));
      return;
    }
  }
  let lastRole = -1;
  // (a role word that ends the name after a given name or an initial is a surname: "Rep. Peter T. King")
  // ("Martin Luther King": a given name before it)
  // (or after a capitalised word no dictionary holds, a given name no list has: "Imran Sheikh"; not a people's
  // adjective, "Kuwaiti Sheikh")
  const surname = (k: number) => k === b && k > a && (endsGivenName(toks[k - 1]!.text) || toks.slice(a, k).some((t) => isGivenName(t.text)) ||
    SURNAME_TITLES.has(toks[k]!.lower) && isCap(toks[k - 1]) && !isRole(toks[k - 1]!) && !HONORIFICS.has(toks[k - 1]!.lower) && unlistedGivenName(toks[k - 1]!.lower));
  // (a role word inside the name of a body is none: "the Justice Department", "the Department of Justice")
  const inBodyName = (k: number) => (k < b && isOrgHead(toks[k + 1]!)) || (k - 2 >= a && toks[k - 1]!.lower === 'of' && isOrgHead(toks[k - 2]!));
  for (let k = a; k <= b; k++) if ((isRole(toks[k]!) || HONORIFICS.has(toks[k]!.lower)) && !surname(k) && !inBodyName(k)) lastRole = k;
  let nameStart = lastRole + 1 > a ? lastRole + 1 : a;
  // "Secretary of State John Kerry": skip "of X" after the role
  // ("the mayor of Harwich", nothing after the place, or "the chief executive of
  // Nordea Bank", an organisation after it: a title only)
  if (lastRole >= a && toks[nameStart]?.lower === 'of') {
    // ("Speaker of the House Paul Ryan": "the" and the body's word)
    const body = toks[nameStart + 1]?.lower === 'the' ? nameStart + 2 : nameStart + 1;
    // (the rest of a portfolio, its words listed, is the title's: "Minister of Foreign Affairs Ana Paz", "Minister of
    // Water Resources and Energy Tomas Brennick"; none left where the portfolio ends the mention, "the Minister of
    // Foreign Affairs" a title only; not a given name no list holds, "Secretary of State Ray Mabus")
    let p = body + 1;
    while (p <= b && (PORTFOLIO_LINK.test(toks[p]!.lower) || isCap(toks[p]) && PORTFOLIO_WORDS.has(toks[p]!.lower))) p++;
    let org = false;
    // (up to a portfolio's "for", read below: "Secretary of State for Health Matt Hancock")
    for (let k = p; k <= b && toks[k]!.lower !== 'for'; k++) org ||= ORG_WORDS.has(toks[k]!.lower);
    nameStart = p <= b && !org ? p : b + 1;
  }
  // "Minister for Foreign Affairs and Regional Cooperation Ilsa Marovic", "Secretary of State for Health Matt Hancock":
  // a portfolio of capitalised English words after "for", the name from the first given name or word no dictionary
  // holds (no name at all where every word is English: "the Minister for Maritime Affairs" is a title only)
  if (lastRole >= a && toks[nameStart]?.lower === 'for' && nameStart + 1 <= b) {
    let k = nameStart + 2;
    while (k <= b && (PORTFOLIO_LINK.test(toks[k]!.lower) || isCap(toks[k]) && !isGivenName(toks[k]!.text) && isDictionaryWord(toks[k]!.lower))) k++;
    nameStart = k;
  }
  if (nameStart > b) {
    // only a title ("the President"): the title is the mention
    m.name = null;
    m.title = text.slice(toks[a]!.start, toks[b]!.end);
    m.kind = 'noun';
    return;
  }
  // "CNN's Tara Setmayer", "Republican Thomas Massie", "Maricopa County Recorder Helen Purcell":
  // an owner or an affiliation before the person's given name is part of the title
  // (built with push, not map: see displayWords)
  const words: string[] = [];
  for (let k = nameStart; k <= b; k++) words.push(toks[k]!.text);
  const owned = afterOwner(words);
  const affiliated = owned ? 0 : personStart(words);
  const titleEnd = nameStart + (owned || affiliated);
  if (lastRole >= a || titleEnd > nameStart) {
    const titleToks = toks.slice(a, titleEnd).filter((t) => !HONORIFICS.has(t.lower));
    // (the owner without its possessive: "CNN's" → "CNN")
    m.title = titleToks.length ? stripPossessive(text.slice(titleToks[0]!.start, titleToks[titleToks.length - 1]!.end)) : null;
    nameStart = titleEnd;
  }
  // "Mr.", "Mrs.", "Ms." and the titles of rank say the gender: "Lady Middleton" is not
  // "Sir John Middleton"
  const honorific = lastRole >= a ? toks[lastRole]!.lower.replace('.', '') : '';
  const gender = HONORIFIC_GENDER.get(honorific);
  if (gender) m.gender = gender;
  // ("Simon Redfern KC", "Ann Lowe MP": the letters after a name are no part of it)
  let last = b;
  while (last > nameStart && POSTNOMINALS.has(toks[last]!.text)) last--;
  m.name = displayName(text.slice(toks[nameStart]!.start, toks[last]!.end));
}

/**
 * The noun phrase that is all of toks[from, to), read as a subject would be ("Foreign Minister Sergei Lavrov", "a
 * senior official"), or an object pronoun standing for one ("him"): the object of "quoted" in "TASS quoted … as saying".
 */
export function objectMention(text: string, toks: readonly Token[], from: number, to: number): Mention | null {
  if (from >= to) return null;
  const t = toks[from]!;
  if (to === from + 1 && /^(?:him|her|them)$/.test(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end, text: t.text, name: null, title: null, gender: t.lower === 'them' ? 'p' : PRONOUNS[t.lower]! };
  // ("quoted his campaign manager, Ogola Wekesa, as saying": a noun phrase of a person, then the person's name between
  // commas, is the name)
  let comma = toks[to - 1]!.text === ',' ? to - 3 : -1;
  while (comma > from && toks[comma]!.text !== ',') comma--;
  const apposed = comma > from + 1 && !isCap(toks[from]) && isCap(toks[comma + 1]) ? subjectAfter(text, toks, comma + 1) : null;
  if (apposed && apposed.kind === 'name' && apposed.start === toks[comma + 1]!.start && apposed.end === toks[to - 2]!.end && personName(apposed)) return apposed;
  const m = subjectAfter(text, toks, from);
  // ("quoted zoo director Felicity Kwan as saying": a name after a title in lower case, read back from its end)
  if (!m || m.start !== t.start) {
    const back = subjectBefore(text, toks, to, from);
    return back && back.kind === 'name' && back.end === toks[to - 1]!.end ? back : null;
  }
  if (m.end === toks[to - 1]!.end) return m;
  // ("quoted Wassim Bouhlel, a Nice native, as saying": the name, and its apposition between commas)
  const k = toks.findIndex((x) => x.start >= m.end);
  return k > from && k < to - 2 && toks[k]!.text === ',' && toks[to - 1]!.text === ',' ? m : null;
}

/**
 * The speaker phrase that ends just before token index `end` (exclusive),
 * walking back over auxiliaries and adverbs ("he has also said"). Returns
 * null when no subject stands there.
 */
export function subjectBefore(text: string, toks: readonly Token[], end: number, floor = 0): Mention | null {
  // ("a nursing assistant at the county hospital who said": "who" right before the verb is its subject, and stands for
  // its antecedent, which relativeSubject reads; the phrase before it is no subject of the verb)
  if (end - 1 >= floor && toks[end - 1]?.lower === 'who') return null;
  const skipped: { knowing?: { start: number; end: number } } = {};
  let m = speakerPhraseBefore(text, toks, end, floor, skipped);
  m = m && describedByPeople(m);
  // ("Quarshie-Brenner and her colleagues wrote": those who work with a person named before "and" speak with the person,
  // who leads them)
  if (m && m.kind === 'noun' && COLLEAGUES.test(m.text)) {
    const a = toks.findIndex((t) => t.start >= m!.start);
    const lead = a - 2 >= floor && toks[a - 1]!.lower === 'and' ? speakerPhraseBefore(text, toks, a - 1, floor, {}) : null;
    // (a surname alone too, the possessive's person: "Quarshie-Brenner and her colleagues"; no body's name)
    if (lead && lead.kind === 'name' && lead.name !== null && !lead.name.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) return lead;
  }
  // ("Voters going to the polls on Tuesday said": the object of a participle's preposition is no subject; the noun the
  // participle follows is, its phrase the mention)
  if (m && m.kind === 'noun' && PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) {
    const a = toks.findIndex((t) => t.start >= m!.start);
    if (a - 3 >= floor && PARTICIPLE_PREPOSITION.test(toks[a - 1]!.lower) && /^\p{Ll}{2,}ing$/u.test(toks[a - 2]!.text) && !/^(?:according|including|regarding|concerning|during|following|nothing|something|anything|everything|thing)$/.test(toks[a - 2]!.lower)) {
      const head = speakerPhraseBefore(text, toks, a - 2, floor, {});
      m = head && head.kind !== 'pronoun' && head.end === toks[a - 3]!.end ? through(text, head, m.end) : null;
    }
  }
  // (the noun and what its speaker knows, as one mention: "A source familiar with the talks"; or where they are based,
  // "Two analysts based in Tokyo")
  const k = skipped.knowing;
  return m && k && m.kind === 'noun' && m.end === toks[k.start - 1]!.end ? through(text, m, toks[k.end]!.end) : m;
}

// Those who work with a person, after "his", "her" or "their": "her colleagues", "his co-authors", "their team".
const COLLEAGUES = /^(?:his|her|their)\s+(?:colleagues|co-authors|coauthors|collaborators|team|fellow\s+researchers|research\s+team)$/i;

/**
 * "the Italian" (after "Afterwards" or after a quotation's cue): a people's name after "the" describes a person, as "the
 * veteran German" does, and names no one; read as a noun phrase. Other mentions as they are.
 */
function describedByPeople(m: Mention): Mention {
  // (a person's, from a list: "the Vatican", "the Guardian", "the Tennessean" are names, and "the Chinese" a people)
  return m.kind === 'name' && m.name !== null && /^the\s+\p{Lu}\p{L}+$/iu.test(m.text) && PERSON_DEMONYM.test(m.name) ? { ...m, kind: 'noun', name: null } : m;
}
// The names of one person of a people, as sports and foreign news describe a manager or a player ("the Italian", "the
// Dutchman"): not the plural peoples' words ("the Chinese", "the Swiss"), which name a people or a government.
const PERSON_DEMONYM = /^(?:Italian|German|Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Scot|Scotsman|Scotswoman|Welshman|Welshwoman|Irishman|Irishwoman|Englishman|Englishwoman|Argentine|Argentinian|Brazilian|Croat|Serb|Dane|Swede|Norwegian|Finn|Pole|Belgian|Austrian|Australian|Canadian|Mexican|Nigerian|Ghanaian|Colombian|Uruguayan|Chilean|Peruvian|Ukrainian|Turk|Egyptian|Moroccan|Algerian|Cameroonian|Ivorian|Icelander|Kiwi|Aussie)$/u;

// The prepositions a participle governs before its object ("going to the polls"), and the text before a mention that
// ends in one (read first, so that the tokens are searched only then).
const PARTICIPLE_PREPOSITION = /^(?:to|at|for|from|in|on|into|toward|towards)$/;
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:to|at|for|from|in|on|into|toward|towards)\s+$/iu;

/**
 * Is "for" at `k` inside the name of an advocacy group or a campaign committee, the name after it ending at `i`: a
 * group's plural before it ("Americans for Prosperity", "Students for Fair Admissions"), or a capitalised name before
 * it and one word of an office or the country after it ("Obama for America", "Bell for Senate")?
 */
function groupForAt(toks: readonly Token[], k: number, i: number): boolean {
  const head = toks[k - 1]!;
  if (!isCap(head) || !isCap(toks[k + 1])) return false;
  return ADVOCACY_PLURALS.has(head.lower) || i === k + 1 && CAMPAIGN_FOR.has(toks[k + 1]!.lower) && !NOT_NAME_WORDS.has(head.lower);
}

/**
 * Does the name that ends at `i` and now starts at `a` go on with the token before `a`? A name's word or a role; "of"
 * after a role, "Secretary of State", or after the head of a body's name, "the Department of Justice", "the Bank of
 * England"; the lower-case words of a role, "White House press secretary Karoline Leavitt", "Clinton campaign
 * manager"; "&" inside a firm's name, "Brandt & Lowe Securities"; "of the" after a role, "Speaker of the House Paul
 * Ryan"; "for" after a body's head, "the Lindqvist Institute for Climate Research", "the Centers for Disease Control
 * and Prevention".
 */
function nameGoesOnBefore(toks: readonly Token[], a: number, i: number, floor: number): boolean {
  const prev = toks[a - 1]!;
  // (not an epithet of plight or rivalry opening the sentence: "Rival Brightmere Dairy said")
  if ((nameToken(prev) || isRole(prev)) && !NOT_NAME_WORDS.has(prev.lower) && !(PLIGHT_EPITHETS.has(prev.lower) && (a - 1 === floor || /^[.!?:;]$/.test(toks[a - 2]!.text)))) return true;
  if (prev.lower === 'of' && a - 2 >= floor && (isRole(toks[a - 2]!) && !roleAsSurname(toks, a - 2, floor) || isOrgHead(toks[a - 2]!))) return true;
  if (prev.lower === 'for' && a - 2 >= floor && (bodyHeadFor(toks[a - 2]!) || titleFor(toks, a - 1, floor))) return true;
  if (prev.lower === 'for' && a - 2 >= floor && groupForAt(toks, a - 1, i)) return true;
  // (a plural's possessive before the head of a body's name: "the National Farmers’ Union")
  if (a - 2 >= floor && isCap(toks[a - 2]) && pluralBeforeAssociation(toks, a - 1)) return true;
  if (prev.lower === 'and' && a - 2 >= floor && isCap(toks[a - 2]) && (bodyForBefore(toks, a - 2, floor) || portfolioAndAt(toks, a - 1, floor) || bodyAndAt(toks, a - 1, i, floor))) return true;
  if (prev.text === ',' && a - 2 >= floor && portfolioCommaAt(toks, a - 1, i, floor)) return true;
  if (newPlace(toks, a - 1) || roleModifier(toks, a - 1, floor)) return true;
  // (where a name follows the body's word: "the chair of the DNC" stays the DNC's chair, a noun phrase)
  if (prev.lower === 'the' && a - 3 >= floor && i - a >= 2 && toks[a - 2]!.lower === 'of' && isRole(toks[a - 3]!) && !roleAsSurname(toks, a - 3, floor)) return true;
  return prev.text === '&' && a - 2 >= floor && isCap(toks[a - 2]) && !NOT_NAME_WORDS.has(toks[a - 2]!.lower);
}

/**
 * subjectBefore's walk back from `end`; what it passes over of the speaker's own phrase (what they know, where they
 * are based) is noted in `skipped`.
 */
function speakerPhraseBefore(text: string, toks: readonly Token[], end: number, floor: number, skipped: { knowing?: { start: number; end: number } }): Mention | null {
  let i = end - 1;
  // (a headline's title case capitalises them all: "Trump Just Announced")
  const capitalCue = isCap(tokenAt(toks, end));
  for (;;) {
    // (an adverb in -ly, not a noun: "the family said"; but after a capitalised word, outside a headline's title case,
    // an auxiliary's or an adverb's word is the end of a name: "Theresa May said", "George Will wrote")
    while (i >= floor && isWord(toks[i]) && !(isCap(toks[i]) && !capitalCue && i - 1 >= floor && isCap(toks[i - 1])) && (CUE_MODIFIERS.has(toks[i]!.lower) || /ly$/.test(toks[i]!.lower) && !isCap(toks[i]) && !speakerHead(toks[i]!.lower))) i--;
    // "Wells Fargo just this month announced", "Smith on Monday said": a time phrase between subject and cue
    if (i - 1 >= floor && TIME_WORD.test(toks[i]!.lower) && /^(this|last|next|on|earlier|later|late|early)$/.test(toks[i - 1]!.lower)) {
      i -= 2;
      if (i >= floor && toks[i]!.lower === 'just') i--;
      // "A report published on Wednesday said": the participle that the time phrase dated
      if (i - 1 >= floor && PUBLISHED.test(toks[i]!.lower) && isWord(toks[i - 1]) && !isCap(toks[i - 1])) i--;
      continue;
    }
    // "Cuban-Americans polled said", "those surveyed said": the participle of a poll after its respondents
    if (i - 1 >= floor && /^(polled|surveyed|interviewed|questioned|sampled)$/.test(toks[i]!.lower) && isWord(toks[i - 1]) && (/s$/.test(toks[i - 1]!.lower) || toks[i - 1]!.lower === 'those')) {
      i -= 1;
      continue;
    }
    // "all the experts I interviewed said", "the people we spoke to said": a relative clause without "who"
    if (i - 2 >= floor && RELATIVE_VERB.test(toks[i]!.lower) && SUBJECT_PRONOUN.test(toks[i - 1]!.lower) && pluralNoun(toks[i - 2])) {
      i -= 2;
      continue;
    }
    if (i - 3 >= floor && /^(to|with)$/.test(toks[i]!.lower) && /^(spoke|talked|talk|speak)$/.test(toks[i - 1]!.lower) && SUBJECT_PRONOUN.test(toks[i - 2]!.lower) && pluralNoun(toks[i - 3])) {
      i -= 3;
      continue;
    }
    // "continued to say", "was quick to point out", "went on to argue": a verb that only carries the cue
    const carrier = carrierBefore(toks, i, floor);
    if (carrier >= 0) {
      i = carrier - 1;
      continue;
    }
    // "Another source speaking to Fox News said": the medium spoken to is not the one who spoke
    if (isWord(toks[i]) && isCap(toks[i])) {
      let a = i;
      while (a - 1 >= floor && isWord(toks[a - 1]) && isCap(toks[a - 1]) && i - a < 5) a--;
      if (a - 2 > floor && /^(to|with|on)$/.test(toks[a - 1]!.lower) && /^(speaking|talking|writing|appearing)$/.test(toks[a - 2]!.lower) && isWord(toks[a - 3])) {
        i = a - 3;
        continue;
      }
      // ("A Western diplomat based in Brenova said": where the speaker is based is not who speaks)
      const at = a - 1 >= floor && toks[a - 1]!.lower === 'the' ? a - 1 : a;
      if (at - 2 > floor && /^(?:in|at)$/.test(toks[at - 1]!.lower) && BASED.test(toks[at - 2]!.lower) && isWord(toks[at - 3]) && (!isCap(toks[at - 3]) || speakerHead(toks[at - 3]!.lower))) {
        skipped.knowing = { start: at - 2, end: i };
        i = at - 3;
        continue;
      }
      // ("Most economists polled by Reuters last week said": who polled them is not who speaks)
      const by = a - 1 >= floor && toks[a - 1]!.lower === 'the' ? a - 1 : a;
      if (by - 2 > floor && toks[by - 1]!.lower === 'by' && POLLED_BY.test(toks[by - 2]!.lower) && isWord(toks[by - 3]) && (!isCap(toks[by - 3]) || speakerHead(toks[by - 3]!.lower))) {
        i = by - 3;
        continue;
      }
      // "A study published in The Lancet found", "A video posted on Telegram said", "A letter sent to Congress said":
      // where a document was published or sent is not what speaks
      // (past "the" and a medium's noun: "posted on the website GunBroker.com")
      let b = a - 1 >= floor && toks[a - 1]!.lower === 'the' ? a - 1 : a;
      if (b === a && a - 2 >= floor && /^(?:website|site|channel|account|page|platform|network)$/.test(toks[a - 1]!.lower) && toks[a - 2]!.lower === 'the') b = a - 2;
      // (and past more places and a day before them: "A lawsuit filed Monday in U.S. District Court in Port Alder accuses")
      b = placesBefore(toks, b, floor);
      const v = b - 2 > floor && WEEKDAY_WORD.test(toks[b - 2]!.lower) ? b - 3 : b - 2;
      if (v - 1 >= floor && /^(?:in|on|to|at)$/.test(toks[b - 1]!.lower) && (PUBLISHED.test(toks[v]!.lower) || SENT.test(toks[v]!.lower)) && isWord(toks[v - 1]) && !isCap(toks[v - 1]) && SENT_DOCUMENT.test(toks[v - 1]!.lower)) {
        i = v - 1;
        continue;
      }
    }
    // "A news report published Wednesday said"
    if (i - 2 >= floor && WEEKDAY_WORD.test(toks[i]!.lower) && PUBLISHED.test(toks[i - 1]!.lower) && isWord(toks[i - 2]) && !isCap(toks[i - 2])) {
      i -= 2;
      continue;
    }
    // "Protesters marching through the streets chanted", "students waving flags shouted": a present
    // participle's phrase of up to four words after a noun of those who speak
    // (only before the quotation itself, "… chanted “What curfew?”": before a reported clause the phrase
    // is too often the clause's own, and the noun no speaker)
    const participle = quotationAfter(text, toks[end]) ? participlePhraseStart(toks, i, floor) : -1;
    if (participle >= 0) {
      i = participle - 1;
      continue;
    }
    // ("A senior diplomat travelling with the delegation said": whom the speaker travels or works with is no subject;
    // the phrase is the speaker's own, as what a source knows is)
    const accompanying = accompanyingStart(toks, i, floor);
    if (accompanying >= 0) {
      skipped.knowing = { start: accompanying, end: i };
      i = accompanying - 1;
      continue;
    }
    // ("A law enforcement official who was not authorized to speak publicly about the investigation said": what the
    // speaker may not speak about is no subject; the phrase is the speaker's own, as what a source knows is)
    const unauthorized = unauthorizedStart(toks, i, floor);
    if (unauthorized >= 0) {
      // (through an adverb before the cue, "… to speak publicly said", which the loop's start stepped past)
      let e = i;
      while (e + 1 < end && isWord(toks[e + 1]) && /ly$/.test(toks[e + 1]!.lower)) e++;
      skipped.knowing = { start: unauthorized, end: e };
      i = unauthorized - 1;
      continue;
    }
    // ("One user who identified as a product manager wrote": how the speaker named themselves is no subject)
    const identified = identifiedAsStart(toks, i, floor);
    if (identified >= 0) {
      i = identified - 1;
      continue;
    }
    // "A source familiar with the talks said", "people briefed on the plan said", "an official with knowledge of the
    // matter said": what the speaker knows, after a noun of those who speak
    const knowing = knowledgePhraseStart(toks, i, floor);
    if (knowing >= 0) {
      skipped.knowing = { start: knowing, end: i };
      i = knowing - 1;
      continue;
    }
    break;
  }
  if (i < floor) return null;
  // "Rep. Gwen Moore (D-Wis.) said": step back over a short parenthetical
  if (toks[i]!.text === ')') {
    let j = i - 1;
    while (j >= floor && i - j < 10 && toks[j]!.text !== '(') j--;
    if (j >= floor && toks[j]!.text === '(') i = j - 1;
    if (i < floor) return null;
  }
  // "Many speakers — including Muslims and Jews — said": and over one between dashes
  if (DASH.test(toks[i]!.text)) {
    let j = i - 1;
    while (j >= floor && i - j < 28 && !DASH.test(toks[j]!.text)) j--;
    if (!(j - 1 >= floor && DASH.test(toks[j]!.text) && isWord(toks[j - 1]))) return null;
    // ("A former candidate -- John McCain, who lost in 2008 -- said": a person's name opening the dashes' apposition is
    // the one described before them)
    let n = j + 1;
    while (n < i && nameToken(toks[n]) && !NOT_NAME_WORDS.has(toks[n]!.lower)) n++;
    if (n - j > 2 && (n === i || toks[n]!.text === ',') && isCap(toks[n - 1])) {
      const named = make(text, toks, j + 1, n - 1, 'name');
      const described = nounPhraseBefore(text, toks, j - 1, floor);
      if (named.kind === 'name' && named.name && personName(named) && described) {
        named.title ??= described.text;
        return named;
      }
    }
    i = j - 1;
    // ("John Dickey, the chief executive of Ora Media -- the company that … -- told me": the dashes' aside closes an
    // apposition as its comma would)
    // (a name, not a place after its preposition, "Even if …, in New Hampshire, insiders in two states — … — said";
    // nor a relative's clause, "the ad, which — as Chait noted — promises")
    if (toks[i]!.text !== ',' && !CLAUSE_WORD.test(toks[i]!.lower) && toks.slice(Math.max(floor, i - 12), i).some((t) => t.text === ',')) {
      const apposed = appositiveSubject(text, toks, j, floor);
      const at = apposed ? toks.findIndex((t) => t.start >= apposed.start) : -1;
      if (apposed?.kind === 'name' && !PLACE_PREPOSITION_WORD.test(toks[at - 1]?.lower ?? '')) return apposed;
    }
  }
  // ("Lund, the author of “The Long Night,” said": American style puts the apposition's comma inside a title's marks)
  if (i - 1 > floor && CLOSE_MARK_TOKEN.test(toks[i]!.text) && toks[i - 1]!.text === ',' && titleMarksStart(toks, i) >= 0) i--;
  // (and so does a title in doubled apostrophes, as some archives print marks: "author of ''The Long Night,'' put it")
  else if (i - 2 > floor && doubledMark(toks, i) && toks[i - 2]!.text === ',' && doubledTitleStart(toks, i - 1) >= 0) i -= 2;
  const t = toks[i]!;
  // appositive: "Smith, a spokesman for the campaign, said"
  if (t.text === ',') return namedOnlyAs(text, toks, i, floor) ?? appositiveSubject(text, toks, i, floor);
  if (t.kind !== 'word' && t.text !== '%') return null;
  if (PRONOUNS[t.lower] !== undefined && t.lower !== 'her' && t.lower !== 'him') {
    // "who" clauses aside, a pronoun right before the cue is its subject
    return make(text, toks, i, i, 'pronoun');
  }
  // ("He’s claiming that …": a pronoun and its verb in one token)
  const contracted = contractedPronoun(t);
  if (contracted) return contracted;
  // ("the 46-year-old Norwegian expounded", "the former Republican said": a demonym or a party's member after "the" and a
  // word in lower case is a description, not a name)
  if (i - 2 >= floor && demonym(t.text) && isWord(toks[i - 1]) && /^[\p{Ll}\d]/u.test(toks[i - 1]!.text) && !DETERMINERS.has(toks[i - 1]!.lower)) {
    const the = toks[i - 2]!.lower === 'the' ? i - 2 : i - 3 >= floor && toks[i - 3]!.lower === 'the' && /^[\p{Ll}\d]/u.test(toks[i - 2]!.text) ? i - 3 : -1;
    if (the >= 0) return make(text, toks, the, i, 'noun');
  }
  if (nameToken(t) && !NOT_NAME_WORDS.has(t.lower)) {
    let a = i;
    while (a - 1 >= floor && nameGoesOnBefore(toks, a, i, floor)) a--;
    while (a < i && (NAME_PARTICLES.has(toks[a]!.lower) || toks[a]!.lower === 'of' || (a === floor || CLAUSE_BREAK.test(toks[a - 1]!.text)) && sentenceAdverb(toks[a]!))) a++;
    // ("…, de Blasio said", "dos Santos says": a surname cited alone keeps its particles, where they open the clause)
    let p = a;
    while (p - 1 >= floor && SURNAME_PARTICLES.has(toks[p - 1]!.text)) p--;
    if (p < a && isCap(toks[a]) && (p === floor || toks[p - 1]!.text === ',' || CLAUSE_BREAK.test(toks[p - 1]!.text))) a = p;
    // ("former Treasury Secretary Lawrence Summers said": a word of tenure before the title is part of it)
    if (a - 1 >= floor && a < i && TENURE.test(toks[a - 1]!.lower) && (isRole(toks[a]!) || roleModifier(toks, a, floor) || isCap(toks[a]) && toks.slice(a, i).some(isRole))) a--;
    // ("32% of Republican claims": a proper adjective alone before a word as often a noun is no subject,
    // and that word no cue)
    if (a === i && PROPER_ADJECTIVES.has(t.lower) && /^(?:claims?|reports?|notes?|statements?|remarks?|comments?|states?|tweets?|posts?|calls?|says)$/.test(toks[end]?.lower ?? '')) return null;
    // "Gov. Earl Ray Tomblin of West Virginia said": the person before "of" and a place of up to three words
    // (or a body of up to five, "of the Larkspur Fire Protection District", "the" and all)
    // (or a body's name with "of" in it, "of the University of Drevany", after a person's name only)
    const bodyPlain = i - a < 5 && (isOrgHead(toks[i]!) || ORG_WORDS.has(toks[i]!.lower) || toks.slice(a, i).some((t, j) => bodyHeadFor(t) && toks[a + j + 1]!.lower === 'for'));
    // ("of the Brannock County Court of Common Pleas": such a name runs longer)
    // (or one its head opens, as French, Spanish and Italian names do: "of the Institut Lumière d'Études Sociales"; after a
    // person's name only, as "of" inside the name)
    const bodyOf = !bodyPlain && i - a < 7 && (isOrgHead(toks[a]!) || toks.slice(a, i).some((t, j) => isOrgHead(t) && toks[a + j + 1]!.lower === 'of'));
    const body = bodyPlain || bodyOf;
    // ("Claire Ndlovu of Teal Valley Fire and Rescue Service said": a body's name joined by "and", after "of")
    // (or opening the clause, "the" before it or none: "Pellingford and Brackwater Fire and Rescue Service says", where
    // the text writes the first words nowhere without the rest)
    if (body && a - 2 >= floor && toks[a - 1]!.lower === 'and' && isCap(toks[a - 2])) {
      let b = a - 2;
      while (b - 1 >= floor && a - b < 5 && nameToken(toks[b - 1]) && isCap(toks[b - 1])) b--;
      if (b - 2 >= floor && toks[b - 1]!.lower === 'and' && isCap(toks[b - 2]) && !isGivenName(toks[b - 2]!.text)) {
        b -= 2;
        while (b - 1 >= floor && nameToken(toks[b - 1]) && isCap(toks[b - 1]) && toks[b - 1]!.lower !== 'the') b--;
      }
      const o = toks[b - 1]?.lower === 'the' ? b - 2 : b - 1;
      if (toks[o]?.lower === 'of') a = b;
      else if ((o < floor || CLAUSE_BREAK.test(toks[o]!.text)) && ownBeforeAnd(text, text.slice(toks[b]!.start, toks[a - 2]!.end), text.slice(toks[b]!.start, toks[a - 1]!.end))) a = b;
    }
    // (past a word or two saying what the body is: "Harriet Dunmore of promoter Tidewater Live", "of the brokerage
    // Calder Securities")
    let d = a - 1;
    while (d > floor && a - d <= 2 && isWord(toks[d]) && /^\p{Ll}[\p{Ll}-]+$/u.test(toks[d]!.text) && !DETERMINERS.has(toks[d]!.lower) && toks[d]!.lower !== 'of' && !isRole(toks[d]!) && toks[d - 1]!.kind === 'word') d--;
    if (d < a - 1 && toks[d]!.lower === 'the' && d - 1 > floor && toks[d - 1]!.lower === 'of') d--;
    // (after a full name only: not "One of the jobs Perez talks about", "Most of the vulnerable Senate Republicans")
    const described = d < a - 1 && toks[d]!.lower === 'of' && i - a < 4 && isCap(toks[a]) && d - 2 >= floor && [toks[d - 1], toks[d - 2]].every((w) => nameToken(w) && isCap(w) && !NOT_NAME_WORDS.has(w!.lower));
    const of = described ? d : toks[a - 1]?.lower === 'the' && a - 1 > floor && toks[a - 2]!.lower === 'of' && body ? a - 2 : a - 1;
    if ((i - a < 3 || body || described) && of - 1 >= floor && toks[of]!.lower === 'of' && nameToken(toks[of - 1]) && isCap(toks[of - 1]) && (!isRole(toks[of - 1]!) || roleAsSurname(toks, of - 1, floor))) {
      const person = subjectBefore(text, toks, of, floor);
      // (or those who speak for that person: "aides to Gov. Chris Christie of New Jersey said")
      // (not a noun of those who speak, capitalised at the sentence's start: "Supporters of Sanders said" is a noun
      // phrase, read below)
      const commonNoun = person?.kind === 'name' && person.name !== null && !person.name.includes(' ') && speakerHead(person.name.toLowerCase());
      if (person && !commonNoun && (person.kind === 'name' || person.kind === 'noun') && person.end === toks[of - 1]!.end && (!bodyOf || personName(person))) return through(text, person, toks[i]!.end);
    }
    // "Aides to Clinton said", "A lawyer for Manafort said", "officials loyal to Assad said": the name is
    // the object of a link after the noun of those who speak
    const linked = linkedNounBefore(text, toks, a, i, floor);
    if (linked) return linked;
    // ("A loss at the Riverside Stadium confirmed", "The win at Wembley confirmed": a place's name after a noun and a
    // preposition of place, right before the verb, is no subject; not one that opens the clause, "In Ankara Erdogan
    // said", one a relative pronoun takes up, "looked at the White Rabbit, who said", nor one after a verb, "A study
    // that appeared in the British Medical Journal found", where the name is all the subject there is to read)
    const pre = toks[a - 1]?.lower === 'the' ? a - 2 : a - 1;
    const noun = pre - 1 >= floor ? toks[pre - 1] : undefined;
    // (the phrase of a noun that speaks is the subject, place and all: "the government in Beijing said", "Clinton's
    // biggest boosters in New Hampshire said")
    if (noun && PLACE_PREPOSITION_WORD.test(toks[pre]?.lower ?? '') && isWord(noun) && (/^\p{Ll}/u.test(noun.text) || SHARE_WORD.test(noun.lower)) && !/(?:ed|ing)$/.test(noun.lower) && !IRREGULAR_PAST.has(noun.lower) && !CLAUSE_WORD.test(noun.lower) && isWord(toks[i + 1])) {
      // (and a share of people, "most in Miami", "many in the party")
      const np = nounPhraseBefore(text, toks, pre - 1, floor) ?? (PERSON_ENDING.test(noun.lower.replace(/s$/, '')) || SHARE_WORD.test(noun.lower) ? phraseOpening(text, toks, pre - 1, floor) : null);
      return np ? through(text, np, toks[i]!.end) : null;
    }
    const m = make(text, toks, a, i, 'name');
    // "The Kremlin said", "the White House said": a determiner before a proper noun
    if (a - 1 >= floor && (toks[a - 1]!.lower === 'the')) {
      m.start = toks[a - 1]!.start;
      m.text = text.slice(m.start, m.end);
    }
    return coordinatedBefore(text, toks, a, floor, m) ?? coordinatedBodiesBefore(text, toks, a, floor, m) ?? m;
  }
  // "Some have suggested", "Most say", "47 percent said", "more than 4 in 10 said": a share of the people spoken of
  const share = quantityBefore(toks, i, floor);
  if (share >= 0) return make(text, toks, share, i, 'noun');
  if (isWord(t) && (/^\p{Ll}/u.test(t.text) || AGE_NOUN.test(t.text))) {
    const np = nounPhraseBefore(text, toks, i, floor);
    // ("officials at the ministry said", "a lawyer for the family said": the noun phrase is the object of a link after
    // the noun of those who speak)
    // ("a spokeswoman for the port mused": or an object whose head speaks for no one, after its article)
    let k = np ? toks.findIndex((x) => x.start === np.start) : -1;
    // (the whole object: not a modifier before its noun, "the campaign of the former| senator")
    if (!np && !(isWord(toks[i + 1]) && speakerHead(toks[i + 1]!.lower))) {
      let d = i - 1;
      while (d > floor && i - d <= 3 && isWord(toks[d]) && /^\p{Ll}/u.test(toks[d]!.text) && !DETERMINERS.has(toks[d]!.lower) && !PREPOSITION_WORD.test(toks[d]!.lower)) d--;
      if (d > floor + 1 && toks[d]!.lower === 'the') k = d;
    }
    let linked = k > floor + 1 && toks[k]!.lower === 'the' ? linkedNounBefore(text, toks, k + 1, i, floor) : null;
    // ("A firefighter working the northern line": a person described, and a participle's object)
    if (!linked && !np && k > floor + 2 && toks[k]!.lower === 'the' && /^\p{Ll}{3,}ing$/u.test(toks[k - 1]!.text)) {
      const described = indefiniteBefore(text, toks, k - 2, floor);
      if (described) linked = through(text, described, toks[i]!.end);
    }
    // (not an apposition to a name before its comma, "Matt Bennett, a founder of the center-left think tank": the
    // name's phrase is read as a whole from its own cue)
    if (linked && !np) {
      const at = toks.findIndex((x) => x.start === linked!.start);
      if (toks[at - 1]?.text === ',' && isCap(toks[at - 2])) linked = null;
    }
    return linked ?? partitive(text, toks, np, floor);
  }
  return null;
}

/**
 * Is the role word at k a surname, after a given name or an initial ("Peter T. King of New York", "Martin Luther
 * King"), so that "of" after it names the person's place, not the role's office?
 */
function roleAsSurname(toks: readonly Token[], k: number, floor: number): boolean {
  const before = toks[k - 1];
  return k - 1 >= floor && before !== undefined && before.kind === 'word' && isCap(before) && (endsGivenName(before.text) || isGivenName(before.text));
}

/**
 * "Senators Tom Reed and Ana Ruiz said", "Sen. Bob Corker (R-Tenn.) and Lindsey Graham said": two people named as one
 * subject, the second `m` starting at token a. Each must read as a person's name (personName), so that a body's name
 * ("Procter and Gamble") stays one name. The mention spans both, the first kept in `also`. (Two people each with an
 * apposition between commas, "Corker, R-Tenn., and Graham, R-S.C., said", are read by appositiveSubject.)
 */
function coordinatedBefore(text: string, toks: readonly Token[], a: number, floor: number, m: Mention): Mention | null {
  if (a - 2 < floor || toks[a - 1]!.lower !== 'and' || !personName(m)) return null;
  // (not across a comma, where "and" as often joins two clauses: "she was like William, and Fanny hoped")
  if (toks[a - 2]!.kind !== 'word' && toks[a - 2]!.text !== ')') return null;
  return joinPeople(text, speakerPhraseBefore(text, toks, a - 1, floor, {}), m);
}

/**
 * "the AFL-CIO and the Service Employees International Union said": two bodies, each with its article, named as one
 * subject, the second `m` (with its "the") starting at token a. Not a show's or a paper's name ("The Kelly File and
 * Morning Joe": the second has no article), and not across a comma.
 */
function coordinatedBodiesBefore(text: string, toks: readonly Token[], a: number, floor: number, m: Mention): Mention | null {
  if (a - 3 < floor || toks[a - 1]!.lower !== 'the' || toks[a - 2]!.lower !== 'and' || toks[a - 3]!.kind !== 'word' || !/^the\s/i.test(m.text)) return null;
  const first = speakerPhraseBefore(text, toks, a - 2, floor, {});
  if (!first || first.kind !== 'name' || first.also || !/^the\s+\p{Lu}/iu.test(first.text) || first.end !== toks[a - 3]!.end) return null;
  return bothNamed(text, first, m, null, first);
}

/** The mention of two people `first` and `m` named together, or null when `first` names no person. */
function joinPeople(text: string, first: Mention | null, m: Mention): Mention | null {
  // (a name after "the" is a body's or a show's: "The Kelly File and Morning Joe")
  if (!first || first.kind !== 'name' || !first.name || !personName(first) || first.also || /^the\s/i.test(first.text)) return null;
  const words = first.name.split(/\s+/);
  // (nor English words alone, no given name among them: "River Development and Ganga Rejuvenation Omkarnath Trivedi" is
  // a minister's portfolio before his name)
  if (!first.title && words.every((w) => isDictionaryWord(w.toLowerCase()) && !isGivenName(w))) return null;
  // (a plural role before the first is both people's title: "Senators Tom Reed and Ana Ruiz")
  const plural = words.length > 2 && /s$/.test(words[0]!) && ROLE_NOUNS.has(words[0]!.toLowerCase().slice(0, -1));
  const also = plural ? { ...first, name: words.slice(1).join(' '), title: words[0]! } : first;
  return bothNamed(text, first, m, plural ? words[0]! : null, also);
}

/** One mention of two named together, from `first` through `m`: the second's name, the first kept in `also`. */
function bothNamed(text: string, first: Mention, m: Mention, title: string | null, also: Mention): Mention {
  return { kind: 'name', start: first.start, end: m.end, text: text.slice(first.start, m.end), name: m.name, title, gender: null, also };
}

/**
 * Does a name mention read as a person's: a title written with it, or a given name and a surname (two words or
 * more, none a body's word)?
 */
function personName(m: Mention): boolean {
  if (m.name === null) return false;
  const words = m.name.split(/\s+/);
  return !words.some((w) => ORG_WORDS.has(w.toLowerCase())) && (m.title !== null || words.length >= 2 || isGivenName(words[0]!));
}

const QUANTIFIERS = /^(?:some|many|most|others|few|several|both|half|dozens|hundreds|thousands|millions)$/;
// The count before "of" in a share of a group: "One of the people", "two of the officials", "some of the donors".
const PARTITIVE = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|each|none|all|both|another|either|neither|few|dozens|hundreds)$/;

/** "One of the people" for "the people" when "of" and a count stand before it: the share is who speaks. */
function partitive(text: string, toks: readonly Token[], m: Mention | null, floor: number): Mention | null {
  if (!m || m.kind !== 'noun') return m;
  let k = toks.findIndex((t) => t.start === m.start);
  if (k - 2 < floor || toks[k - 1]!.lower !== 'of' || !PARTITIVE.test(toks[k - 2]!.lower)) return m;
  k -= 2;
  // ("a few of them")
  if (k - 1 >= floor && toks[k]!.lower === 'few' && toks[k - 1]!.lower === 'a') k--;
  return { ...m, start: toks[k]!.start, text: text.slice(toks[k]!.start, m.end) };
}
// "Another said, “…”", "One said …", "Yet another said …": one more of a group just named
// (not the impersonal "one would have said that …", nor "there was yet another point")
const ONE_MORE = /^(?:one|another)$/;
const ORDINAL = /^(?:second|third|fourth|fifth)$/;
const ROUGHLY = /^(?:nearly|about|almost|roughly|some|over|just|only|around)$/;
// A conjunction after which a quantity opens its clause ("but many said").
const CLAUSE_OPENER = /^(?:but|and|while|though|although|because|as|since|so)$/;
/** Does token k open its clause: the first token, or after punctuation or a conjunction? */
const opensClause = (toks: readonly Token[], k: number, floor: number): boolean => k === floor || !isWord(toks[k - 1]) || CLAUSE_OPENER.test(toks[k - 1]!.lower);

/**
 * Where a share of people that ends at token i starts ("Some", "47 percent",
 * "about 60 %", "more than 4 in 10"), or -1.
 */
function quantityBefore(toks: readonly Token[], i: number, floor: number): number {
  const t = toks[i]!;
  let a = -1;
  // (the word opens its clause: "some" in "the plan some said" is no subject)
  if (isWord(t) && QUANTIFIERS.test(t.lower) && opensClause(toks, i, floor)) return i;
  if (isWord(t) && ONE_MORE.test(t.lower) && !/^(?:would|could|might|may|can|should|must)$/.test(toks[i + 1]?.lower ?? '')) {
    if (opensClause(toks, i, floor) || toks[i - 1]!.lower === 'yet' && (i - 1 === floor || !isWord(toks[i - 2]))) return i;
  }
  // "while a third cautioned", "a second said": one more of a group just named, by its rank
  if (isWord(t) && ORDINAL.test(t.lower) && i - 1 >= floor && /^(?:a|the)$/.test(toks[i - 1]!.lower) && opensClause(toks, i - 1, floor)) return i - 1;
  if ((t.lower === 'percent' || t.text === '%') && i - 1 >= floor && /^\d+(?:\.\d+)?$/.test(toks[i - 1]!.text)) a = i - 1;
  // a share of a poll's respondents: "three in five"
  else if (i - 2 >= floor && NUMBER.test(t.lower) && toks[i - 1]!.lower === 'in' && NUMBER.test(toks[i - 2]!.lower)) a = i - 2;
  if (a < 0) return -1;
  if (a - 1 >= floor && ROUGHLY.test(toks[a - 1]!.lower)) a--;
  else if (a - 2 >= floor && /^(?:more|fewer|less)$/.test(toks[a - 2]!.lower) && toks[a - 1]!.lower === 'than') a -= 2;
  return a;
}
// (a hyphen standing alone is a dash typed as one: "Donald Trump - who previously said … - said")
const DASH = /^(?:—|–|--|-)$/;
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Can a noun phrase with this head speak ("officials", "the campaign's", "aides")? */
export function speakerHead(word: string): boolean {
  const head = stripPossessive(word);
  const singular = head.replace(/s$/, '');
  // ("the 38-year-old": an age stands for a person)
  return SPEAKER_NOUNS.has(head) || SPEAKER_NOUNS.has(singular) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(singular) || singular.charCodeAt(0) <= 57 && AGE_NOUN.test(singular);
}

/** Is toks[k] the apostrophe of a possessive ending in s, written after its word ("Greaves’", "officials’")? */
function ownerApostrophe(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  const owner = toks[k - 1];
  return t !== undefined && (t.text === '’' || t.text === "'") && !!owner && owner.end === t.start && isWord(owner) && /s$/.test(owner.lower) && toks[k + 1] !== undefined && toks[k + 1]!.start > t.end;
}

/**
 * `owner` where the noun phrase it owns can speak or names the one after it ("Sanders’ campaign", "Reagan's former
 * education secretary William J. Bennett"); else -1 (the owner speaks for "Trump’s remarks", "Obama's policy").
 */
function ownerOfSpeaker(toks: readonly Token[], owner: number, limit: number): number {
  if (owner < 0) return -1;
  let e = owner + 1;
  // (no adverb of a contracted "is": "Eric Trump's not so sure father gave …"; nor past a preposition or a "that":
  // "Obama's policy toward Syria", "Trump's accusation that Clinton …")
  if (OWNED_NOT_NOUN.test(toks[e]!.lower)) return -1;
  while (e + 1 < limit && e - owner < 4 && isWord(toks[e + 1]) && !isCap(toks[e + 1]) && !PREPOSITION_WORD.test(toks[e + 1]!.lower) && !OWNED_NOT_NOUN.test(toks[e + 1]!.lower)) e++;
  const head = toks[e]!.lower;
  const next = toks[e + 1]?.text === ',' ? e + 2 : e + 1;
  return speakerHead(head) || PERSON_ENDING.test(head.replace(/s$/, '')) && next < limit && nameToken(toks[next]) && isCap(toks[next]) ? owner : -1;
}
// Words after a possessive that make it no owner of a noun phrase, or end that phrase.
const OWNED_NOT_NOUN = /^(?:not|never|so|also|just|only|still|now|that|who|which|toward|towards|over|after|before|during|against|into|as)$/;

/**
 * The last token of a possessive that ends a run of up to four capitalised words at `k`, before a lower-case word
 * ("Tom Rudd’s spokesman", "Marta Greaves’ lawyer": the word with its ’s, or the apostrophe after an s); else -1.
 */
function namedOwnerEnd(toks: readonly Token[], k: number, limit: number): number {
  const before = (e: number) => e + 1 < limit && isWord(toks[e + 1]) && !isCap(toks[e + 1]) ? e : -1;
  let e = k;
  while (e < limit && e - k < 4 && isCap(toks[e]) && nameToken(toks[e])) {
    if (/[’']s$/.test(toks[e]!.text)) return e > k ? before(e) : -1;
    e++;
  }
  return e > k && e < limit && ownerApostrophe(toks, e) ? before(e) : -1;
}

/** "a senior administration official", "officials", "the campaign": a noun phrase whose head can speak. */
function nounPhraseBefore(text: string, toks: readonly Token[], i: number, floor: number): Mention | null {
  // "the former secretary of state", "the chief of staff": a role and the lower-case noun of its office
  const office = !speakerHead(toks[i]!.lower) && i - 2 >= floor && toks[i - 1]!.lower === 'of' && isWord(toks[i]) && /^\p{Ll}+$/u.test(toks[i]!.text) && !DETERMINERS.has(toks[i]!.lower) && ROLE_NOUNS.has(toks[i - 2]!.lower);
  if (!office && !speakerHead(toks[i]!.lower)) return null;
  // modifiers back to a determiner or possessor, within 8 words: "the former secretary of state"
  let a = office ? i - 2 : i;
  for (let k = a - 1; k >= Math.max(floor, i - 8); k--) {
    const w = toks[k]!;
    // (a relative pronoun or a conjunction opens the clause: "but officials said", "as polls had predicted")
    // (and so does a verb or a subject before it: "He met voters who said")
    // ("current and former officials said", "aides and advisers said": a coordination that opens its clause)
    // (not past a preposition: "on his campaign website and at voter …")
    if ((w.lower === 'and' || w.lower === 'or') && !toks.slice(k + 1, i).some((t) => PREPOSITION_WORD.test(t.lower))) {
      const c = coordinationStart(text, toks, k, floor);
      if (c >= 0) a = c;
      break;
    }
    // "Greaves’ spokesman", "the officials’ lawyer": a plural's or an s-name's possessive, its apostrophe a token of its own
    if (k > floor && ownerApostrophe(toks, k)) {
      a = k - 1;
      while (a - 1 >= floor && nameToken(toks[a - 1]) && isCap(toks[a])) a--;
      if (!isCap(toks[a]) && a - 1 >= floor && /^(?:the|a|an|this|that|its|his|her|their)$/.test(toks[a - 1]!.lower)) a--;
      break;
    }
    // ("A Brennan & Vale spokesman": a firm's "&" between its capitalised words)
    if (k > floor && joinsName(toks, k)) {
      a = k;
      continue;
    }
    // (nor a function word with its verb, "There’s still time for …": no possessive)
    if (!isWord(w) || CUE_MODIFIERS.has(w.lower) || CLAUSE_WORD.test(w.lower) || IRREGULAR_PAST.has(w.lower) || NOT_NAME_CONTRACTED.test(w.lower)) break;
    if (DETERMINERS.has(w.lower) || /[’']s$/.test(w.text)) {
      a = k;
      // "a spokesman for the mayor": the determiner opens the of/for phrase of a speaker noun
      const link = toks[k - 1];
      if (link && (link.lower === 'for' || link.lower === 'of') && k - 2 >= floor && k - 2 >= i - 8 && isWord(toks[k - 2]) && speakerHead(toks[k - 2]!.lower)) continue;
      // "Trump's campaign": take the possessor's name with it
      while (a - 1 >= floor && /[’']s$/.test(toks[a]!.text) && nameToken(toks[a - 1])) a--;
      // "the ad’s narrator": and a common noun's determiner
      if (a === k && a - 1 >= floor && !isCap(toks[a]) && /[’']s$/.test(toks[a]!.text) && /^(?:the|a|an|this|that)$/.test(toks[a - 1]!.lower)) a--;
      // ("the health authority’s report": past a modifier of the owner too)
      else if (a === k && a - 2 >= floor && !isCap(toks[a]) && /[’']s$/.test(toks[a]!.text) && isWord(toks[a - 1]) && /^\p{Ll}+$/u.test(toks[a - 1]!.text) && !DETERMINERS.has(toks[a - 1]!.lower) && /^(?:the|a|an|this|that)$/.test(toks[a - 2]!.lower)) a -= 2;
      break;
    }
    if (w.lower === 'of' || w.lower === 'for') continue;
    // ("A worker who spoke to reporters said": the object of another preposition is no subject; not a share, "Nine in 10
    // voters", nor "about" before a number, "about two-thirds of attendees")
    if (/^(?:to|with|by|from|on|at|like)$/.test(w.lower) || w.lower === 'in' && !(NUMBER.test(toks[k - 1]?.lower ?? '') && /^\d+$/.test(toks[k + 1]?.text ?? ''))) return null;
    a = k;
  }
  while (a < i && (toks[a]!.lower === 'of' || toks[a]!.lower === 'for')) a++;
  // ("Detective Sergeant Lachlan Moberly of South Wessex Police’s economic crime unit said": a person's name before "of"
  // and a body's possessive that owns the noun phrase is the subject, as "Gov. Earl Ray Tomblin of West Virginia said")
  const person = a - 1 > floor && toks[a - 1]!.lower === 'of' && isCap(toks[a]) && /[’']s$/.test(toks.slice(a, i).find((t) => !isCap(t) || /[’']s$/.test(t.text))?.text ?? '') && !isRole(toks[a - 2]!) ? personBeforeOf(text, toks, a - 1, floor) : null;
  return person ? through(text, person, toks[i]!.end) : make(text, toks, a, i, 'noun');
}

/**
 * The person named right before the "of" at `of` ("Lachlan Moberly" of "Detective Sergeant Lachlan Moberly of …"), a
 * full name or one after its title, reading no further back than `floor`; null where no such name ends there.
 */
export function personBeforeOf(text: string, toks: readonly Token[], of: number, floor: number): Mention | null {
  if (of - 1 < floor || !nameToken(toks[of - 1]) || !isCap(toks[of - 1])) return null;
  const person = subjectBefore(text, toks, of, floor);
  return person?.kind === 'name' && personName(person) && person.end === toks[of - 1]!.end ? person : null;
}

// A word for a share of the people spoken of: "most in Miami", "some in the party", "those at the meeting".
const SHARE_WORD = /^(?:most|many|some|few|several|others|those|all|both|none|each|one)$/;
/** A count or a share of a group, as a clause's subject opens with it: "two (of those)", "most (staff)". */
export const isCount = (w: string): boolean => NUMBER.test(w) || SHARE_WORD.test(w);
// A preposition of place, whose object is no subject of the verb after it.
const PLACE_PREPOSITION_WORD = /^(?:at|in|near|outside|inside|across|behind|beside|into|onto|against|around|throughout)$/;
// A word that opens a clause or ends a noun phrase before it: a relative pronoun, a conjunction, a subject pronoun.
const CLAUSE_WORD = /^(?:who|whom|whose|which|what|where|when|whether|that|and|but|or|nor|as|so|yet|because|while|though|although|if|since|than|even|after|before|until|unless|he|she|they|we|i|you|it)$/;
// The text right before a clause: its start, a line break, or punctuation (inside a closing quotation mark, maybe).
const CLAUSE_BEFORE = /(?:^|\n|[,;:.!?—–(][”’"']*)\s*$/;
/** Can this lower-case word modify a noun of those who speak (not "the", "said", "also", "who", "reportedly")? */
const modifierWord = (lower: string): boolean => !DETERMINERS.has(lower) && !CUE_MODIFIERS.has(lower) && !CLAUSE_WORD.test(lower) && !IRREGULAR_PAST.has(lower) && !/(?:ed|ly|ing)$/.test(lower);

/**
 * "current and former officials", "aides and advisers", "the aides and advisers": with the conjunction at k, where
 * the noun phrase starts when one or two lower-case words before it (or a capitalised one that opens the clause)
 * follow a clause's opening (a comma, a colon, a dash, "but", the start of the text) or a determiner; -1 when they do not
 * ("He met voters and officials said …").
 */
function coordinationStart(text: string, toks: readonly Token[], k: number, floor: number): number {
  // ("states that want to implement their laws or plaintiffs who want …": a plural that no speaker's noun is, before
  // the conjunction, is another phrase's object, not a first conjunct)
  // (a plural of people by its ending, "politicians", "entertainers", stays one)
  if (isWord(toks[k - 1]) && !isCap(toks[k - 1]) && /\p{Ll}{2}s$/u.test(toks[k - 1]!.lower) && !speakerHead(toks[k - 1]!.lower) && !/(?:ers|ors|ists|ians|ants|ents|ives)$/.test(toks[k - 1]!.lower)) return -1;
  let b = k - 1;
  // (a capital where the clause opens: "Current and former officials said", "Republican and Democratic lawmakers")
  const modifier = (at: number): boolean => isWord(toks[at]) && modifierWord(toks[at]!.lower) && (!isCap(toks[at]) || at === floor || !isWord(toks[at - 1]));
  while (b >= floor && k - b <= 2 && modifier(b)) b--;
  // (b: the token before the first conjunct, which holds one or two words)
  if (b === k - 1) return -1;
  // (at the start of the tokens read: where the text before them opens a clause, the start of the text, a
  // paragraph, or punctuation, maybe that of a quotation that closed: "“…,” aides and advisers said"; not a scare
  // quote's closing mark, "to curb ''activist'' investors and others")
  if (b < floor) return CLAUSE_BEFORE.test(text.slice(Math.max(0, toks[floor]!.start - 4), toks[floor]!.start)) ? floor : -1;
  const prev = toks[b]!;
  if (isWord(prev) && DETERMINERS.has(prev.lower)) return b;
  return /^(?:,|;|:|—|–|--|\()$/.test(prev.text) || prev.lower === 'but' ? b + 1 : -1;
}

/**
 * "fire marshal", "opposition leader": lower-case words ending in a role,
 * within four words; or any one or two lower-case words right before a
 * capitalised name ("said dockworker Pieter Smit").
 */
function roleAhead(toks: readonly Token[], start: number, limit: number): boolean {
  for (let k = start; k < Math.min(limit, start + 4); k++) {
    const w = toks[k]!;
    if (!isWord(w) || NP_END.test(w.lower) || DETERMINERS.has(w.lower)) return false;
    // ("said undecided Republican voter Stephanie Hooton": a capitalised adjective, a role, the name)
    if (isCap(w)) return k > start && k - start <= 2 && (isCap(tokenAt(toks, k + 1)) || roleThenName(toks, k + 1));
    if (isRole(w) || SPEAKER_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * A proper adjective at `i` before a lower-case word: "Democratic speechwriters", "European
 * immigrants" (not before a title and a name: "Democratic presidential candidate Bernie Sanders").
 */
function properAdjective(toks: readonly Token[], i: number): boolean {
  if (!isWord(toks[i]) || !PROPER_ADJECTIVES.has(toks[i]!.lower) || !isWord(toks[i + 1]) || isCap(toks[i + 1])) return false;
  // ("an American who …", "Democratic said": a noun, and what follows it)
  if (NP_END.test(toks[i + 1]!.lower) || AUXILIARIES.has(toks[i + 1]!.lower)) return false;
  let k = i + 1;
  while (k < toks.length && k - i <= 3 && isWord(toks[k]) && !isCap(toks[k])) k++;
  return !(isCap(toks[k]) && nameToken(toks[k]));
}
/** A lower-case role noun ("voter", "strategist", "officials"). */
const lowerRole = (w: Token | undefined): boolean => isWord(w) && !isCap(w) && (isRole(w!) || SPEAKER_NOUNS.has(w!.lower));
/**
 * The lower-case role noun at `k`, or at `k + 1` after one lower-case word that
 * modifies it ("press secretary" of "the White House press secretary"); -1 if none.
 */
function roleAt(toks: readonly Token[], k: number): number {
  const r = isWord(toks[k]) && !isCap(toks[k]) && !NP_END.test(toks[k]!.lower) && lowerRole(toks[k + 1]) ? k + 1 : lowerRole(toks[k]) ? k : -1;
  // ("White House chief of staff Denis McDonough": the role's of-phrase before the name is the role's)
  return r >= 0 && isCap(toks[r + 3]) && ofComplement(toks, r + 1) ? r + 2 : r;
}
/** "of staff", "of ceremonies" at `k`: "of" and one lower-case word that is no determiner, pronoun or link. */
const ofComplement = (toks: readonly Token[], k: number): boolean =>
  toks[k]?.lower === 'of' && isWord(toks[k + 1]) && !isCap(toks[k + 1]) && !DETERMINERS.has(toks[k + 1]!.lower) && PRONOUNS[toks[k + 1]!.lower] === undefined && !NP_END.test(toks[k + 1]!.lower);
/**
 * Where the role of a second title before a name stands, when one starts at `k`: up to three capitalised words, a
 * role in lower case and a capitalised word ("GOP strategist Charlie" of "lobbyist and GOP strategist Charlie
 * Black"); else -1.
 */
function coordinatedRole(toks: readonly Token[], k: number, limit: number): number {
  let c = k;
  while (c < limit && c - k < 3 && isCap(toks[c]) && nameToken(toks[c])) c++;
  return c + 1 < limit && roleThenName(toks, c) ? c : -1;
}
/** A lower-case role noun at `k` and a capitalised word after it: "voter Stephanie", "donor Ann". */
const roleThenName = (toks: readonly Token[], k: number): boolean => lowerRole(toks[k]) && isCap(toks[k + 1]);

/** A lower-case word ending in s: the plural noun before a participle or a relative clause ("voters polled"). */
const pluralNoun = (t: Token | undefined): boolean => isWord(t) && !isCap(t) && /s$/.test(t!.lower);

// Documents in the plural, which are read otherwise: "polls showing Trump ahead".
const DOCUMENT_NOUN = /^(?:reports|studies|surveys|polls|statements|documents|filings|records|results|data|figures|numbers|estimates|emails|tweets|messages|posts|ads|videos|returns|findings|rules)$/;

/**
 * The token of a present participle that opens a phrase of words ending at `i`
 * (the participle and up to four words after it), right after a noun that can
 * speak ("protesters marching through the streets"); -1 when there is none.
 */
function participlePhraseStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i; k >= floor + 1 && i - k <= 4; k--) {
    const w = toks[k];
    if (!isWord(w)) return -1;
    if (!/^\p{Ll}{2,}ing$/u.test(w!.text)) continue;
    const head = toks[k - 1];
    // (people in the plural: "a report citing sources", "her head shaking" are not read this way)
    return isWord(head) && /^\p{L}+[^s]s$/u.test(head!.lower) && speakerHead(head!.lower) && !DOCUMENT_NOUN.test(head!.lower) ? k : -1;
  }
  return -1;
}

/**
 * Where a phrase of what the speaker knows starts ("familiar with Cruz’s thinking", "briefed on the plan", "with
 * knowledge of the matter", "close to the talks") when it ends at token `i` and follows a noun of those who speak:
 * the phrase and up to five words after it; -1 when there is none.
 */
function knowledgePhraseStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k >= floor + 1 && i - k <= 6; k--) {
    const w = toks[k]!;
    if (!isWord(w)) return -1;
    // ("A banker involved in the negotiations said")
    const start = KNOWING.has(w.lower) && KNOWING_LINK.test(toks[k + 1]!.lower) || w.lower === 'involved' && toks[k + 1]!.lower === 'in' ? k : w.lower === 'knowledge' && withKnowledgeOf(toks, k - 1) ? k - 1 : -1;
    if (start < 0) continue;
    const head = toks[start - 1];
    return start - 1 >= floor && isWord(head) && !isCap(head) && speakerHead(head!.lower) && !DOCUMENT_NOUN.test(head!.lower) && i > k + 1 ? start : -1;
  }
  return -1;
}
/**
 * Where "because …" starts, when it gives the reason for a speaker's anonymity and ends at `i` ("who asked not to be
 * named because the talks were private", "speaking on condition of anonymity because they were not authorized to
 * speak publicly"); -1 otherwise.
 */
export function anonymityReasonStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i; k > floor && i - k <= 14; k--) {
    if (!isWord(toks[k])) return -1;
    if (toks[k]!.lower === 'because') return ANONYMOUS_END.test(toks[k - 1]!.lower) ? k : -1;
  }
  return -1;
}
/**
 * Where "who was not authorized to speak …" starts, when it ends at `i` after a noun of those who speak ("A law
 * enforcement official who was not authorized to speak publicly about the investigation", "two officials who were not
 * authorised to talk to the media"); -1 otherwise.
 */
function unauthorizedStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i - 4; k > floor + 1 && i - k <= 16; k--) {
    if (!isWord(toks[k + 4])) return -1;
    if (toks[k]!.lower !== 'who' || !/^(?:was|were|is|are)$/.test(toks[k + 1]!.lower) || toks[k + 2]!.lower !== 'not') continue;
    const j = /^(?:authori[sz]ed|permitted|allowed|cleared)$/.test(toks[k + 3]!.lower) ? k + 4 : -1;
    return j > 0 && toks[j]?.lower === 'to' && isWord(toks[k - 1]) && speakerHead(toks[k - 1]!.lower) ? k : -1;
  }
  return -1;
}
/**
 * Where "who identified (himself) (only) as …" starts, when it ends at `i` after a noun of those who speak ("One user
 * who identified as a product manager"); -1 otherwise.
 */
function identifiedAsStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i - 1; k > floor + 1 && i - k <= 8; k--) {
    // (as a description, "as a product manager"; "only as Ray" names the speaker, read by the registry)
    if (toks[k]!.lower !== 'as' || !/^(?:a|an|the)$/.test(toks[k + 1]?.text ?? '')) continue;
    let v = k - 1;
    if (/^only$/.test(toks[v]!.lower)) v--;
    if (/^(?:himself|herself|themselves)$/.test(toks[v]!.lower)) v--;
    if (v - 1 < floor || !/^(?:identified|described|introduced)$/.test(toks[v]!.lower) || toks[v - 1]!.lower !== 'who') return -1;
    return isWord(toks[v - 2]) && speakerHead(toks[v - 2]!.lower) ? v - 1 : -1;
  }
  return -1;
}
// The last word of a request not to be named: "not to be named", "not to be identified", "on condition of anonymity".
const ANONYMOUS_END = /^(?:named|identified|anonymity|quoted)$/;
const KNOWING = new Set(['familiar', 'briefed', 'close', 'knowledgeable', 'acquainted']);
const KNOWING_LINK = /^(?:with|on|to|about)$/;
/** Do tokens k, k+1, k+2 read "with knowledge of"? */
const withKnowledgeOf = (toks: readonly Token[], k: number): boolean => toks[k]?.lower === 'with' && toks[k + 1]?.lower === 'knowledge' && toks[k + 2]?.lower === 'of';

/** Does a quotation mark open right after the one-word cue `cue` (or after its comma or colon)? */
function quotationAfter(text: string, cue: Token | undefined): boolean {
  return cue !== undefined && /^[,:]?\s{0,2}[“"]/.test(text.slice(cue.end, cue.end + 4));
}
const SUBJECT_PRONOUN = /^(i|we|he|she|they|you)$/;
/** Verbs of a relative clause without "who" after a plural noun: "the experts I interviewed". */
const RELATIVE_VERB = /^(interviewed|surveyed|polled|contacted|consulted|asked|reached|called|met|visited|quoted|cited)$/;
// Participles of what is sent to someone, as PUBLISHED are of what is put out: "a letter sent to Congress".
const SENT = /^(?:sent|written|addressed|delivered)$/;
// The nouns of what is published or sent: "a video posted on Telegram", "a letter sent to Congress".
export const SENT_DOCUMENT = /^(?:study|report|paper|article|video|post|letter|memo|statement|message|email|note|survey|poll|analysis|review|editorial|column|essay|piece|op-ed|transcript|document|filing|release|tweet|clip|recording|interview|footage|lawsuit|suit|complaint|motion|petition|brief|indictment|affidavit)$/;

/**
 * Where the place phrases that end at the one starting at `b` begin (the preposition of that one at b - 1): "filed
 * Monday in U.S. District Court in Port Alder", from "Port Alder", gives the index of "U.S.". At most three places, each
 * a capitalised run (maybe after "the") after "in" or "at"; `b` when no other stands before it.
 */
function placesBefore(toks: readonly Token[], b: number, floor: number): number {
  let p = b;
  for (let n = 0; n < 3 && p - 3 > floor && /^(?:in|at)$/.test(toks[p - 1]!.lower); n++) {
    let q = p - 2;
    if (!isWord(toks[q]) || !isCap(toks[q])) break;
    while (q - 1 > floor && isWord(toks[q - 1]) && isCap(toks[q - 1]) && p - q < 6) q--;
    if (toks[q - 1]?.lower === 'the') q--;
    if (!/^(?:in|on|to|at)$/.test(toks[q - 1]?.lower ?? '')) break;
    p = q;
  }
  return p;
}
const WEEKDAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

// Participles of asking people, before the one who asked them: "economists polled by Reuters".
const POLLED_BY = /^(?:polled|surveyed|interviewed|questioned|contacted|reached|consulted|commissioned)$/;
/** Participles that date a document: "a report published Wednesday". */
export const PUBLISHED = /^(published|released|issued|posted|aired|broadcast|filed|unveiled|obtained|made public)$/;
const TIME_WORD = /^(week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const REFLEXIVE = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/;
const NP_END = /^(who|which|that|in|on|at|during|after|before|when|while|to|and|but|said|says|told|added|as|with|without|upon|into|towards|toward|through|from|by|about|because|if|than)$/;
// Adverbs of time that stand between a subject and its verb ("the star then recalled", "the senator also said"),
// after the noun ("the then-governor": right after its determiner, an adjective; "a few moments later": after a
// noun of time, a phrase of time)
const NP_ADVERB = /^(?:then|now|later|also|again|still|earlier|recently|soon|once|further|previously|repeatedly)$/;
/**
 * Does a present participle at `k` open a phrase of its own after the noun before it
 * ("said the boy falling back", "cried the doctor supporting her head"), rather than
 * stand in the noun phrase ("the dying woman", "a court filing")? It does when a word
 * of its phrase follows: an object's determiner or pronoun, or a particle.
 */
function participleAfterNoun(toks: readonly Token[], k: number, limit: number): boolean {
  const w = toks[k];
  if (!isWord(w) || !/^\p{Ll}{3,}ing$/u.test(w!.text)) return false;
  // (not before a preposition or the clause's end, where an -ing noun ends its phrase: "a court filing in …")
  const next = toks[k + 1];
  return next !== undefined && k + 1 < limit && next.kind === 'word' && /^(?:the|a|an|his|her|their|its|my|your|our|him|them|back|forward|up|down|out|away|round|around|off)$/.test(next.lower);
}
export const TIME_SPAN = /^(?:moments?|minutes?|hours?|days?|weeks?|months?|years?|seconds?|decades?|time|while)$/;
const CLAUSE_STOP = new Set(['.', ';', ':', '“', '”', '"', '‘', '?', '!', '(', ')']);
// What opens a phrase of place or occasion before a clause's subject ("In a statement, …", "At the rally, …").
const INTRO_OPENER = /^(?:in|at|on|during|after|before|via|through|speaking|writing)$/;
// Words that make the words before a titled name more than its role ("whose client is former minister Tom Ray", "head
// of the Center for American Progress", "facing a challenge from Secretary of State Jason Kander").
const ROLE_LEAD_STOP = /^(?:who|whose|which|that|is|was|are|were|be|been|has|had|have|to|in|at|on|with|by|as|and|or|but|like|than|of|for|from|under|over|about|against|after|before|since|during|between|among|the|a|an|\p{Ll}+ing|\p{Ll}+ed)$/u;
const APPOSITIVE_LEAD = /^(?:who|which|whose|whom|where|at|in|on|during|after|before|with|from|of|for|speaking|writing|asked|noting|citing|in|a|an|the|his|her|their|its|one|another|also|then|now|once|himself|herself|meanwhile|however|though|too)$/;

// What links a speaker's noun to the name of the person they speak for or of: "aides to", "a lawyer for", "a
// friend of", "Democrats like", "officials loyal to", "people familiar with", "voters backing".
const LINK = /^(?:to|for|of|like|at|from)$/;
// Writings that come from their author: "an email from …", "a tweet from …".
const FROM_WRITING = /^(?:emails?|tweets?|letters?|statements?|memos?|posts?|messages?|notes?|texts?|calls?|videos?)$/;
const LINK_ADJECTIVE = /^(?:close|closer|loyal|allied|aligned|linked|friendly|sympathetic|opposed|familiar|associated|affiliated)$/;
const LINK_PARTICIPLE = /^(?:supporting|backing|opposing|representing|advising)$/;
const PREPOSITION_WORD = /^(?:for|to|of|in|on|at|with|by|from|like|about)$/;

/**
 * The noun phrase of those who speak when the name at tokens [a, i] is the object of a link after it
 * ("Aides to Clinton", "A lawyer for Manafort", "officials loyal to Assad", "voters backing Trump"), as
 * one mention through the name; null when no speaker's noun stands before the link.
 */
function linkedNounBefore(text: string, toks: readonly Token[], a: number, i: number, floor: number): Mention | null {
  // (past the object's article: "researchers at the University of Harrowgate")
  if (toks[a - 1]?.lower === 'the' && a - 1 > floor) a--;
  const link = toks[a - 1];
  if (!link || a - 1 <= floor || link.kind !== 'word') return null;
  // ("One engineer in the company's Austin office said", "An engineer with the operator said": a person described by
  // an indefinite article or "one", and where they work)
  const described = indefiniteBefore(text, toks, a - 2, floor);
  if (described && /^(?:in|on|with|at|from)$/.test(link.lower)) return through(text, described, toks[i]!.end);
  // ("officials in Ankara said", "analysts in Tokyo said": "in" links a plural noun of those who speak to a place)
  if (link.lower === 'in') {
    const noun = toks[a - 2];
    // (capitalised only where it opens the sentence: "Officials in Ankara said")
    if (!isWord(noun) || isCap(noun) && a - 2 > floor && isWord(toks[a - 3]) || !/s$/.test(noun!.lower) || !speakerHead(noun!.lower)) return null;
    const m = nounPhraseBefore(text, toks, a - 2, floor);
    return m && through(text, m, toks[i]!.end);
  }
  // the head noun before the link, or before its adjective ("loyal to", "familiar with"; "with" needs one)
  const adjective = LINK_ADJECTIVE.test(toks[a - 2]!.lower);
  let head = -1;
  if (LINK_PARTICIPLE.test(link.lower)) head = a - 2;
  else if (adjective && (LINK.test(link.lower) || link.lower === 'with')) head = a - 3;
  else if (LINK.test(link.lower)) head = a - 2;
  if (head < floor || !isWord(toks[head])) return null;
  // ("An email from Neera Tanden reveals", "this tweet from Rikkie Wells": what comes from a person is the person's)
  if (/^from$/.test(link.lower) && (DOCUMENT_NOUN.test(toks[head]!.lower) || FROM_WRITING.test(toks[head]!.lower))) return null;
  const m = nounPhraseBefore(text, toks, head, floor);
  return m && through(text, m, toks[i]!.end);
}

/**
 * A person described by "a", "an", "one" or "another", up to two modifiers and a singular noun in lower case ending at
 * `h` ("One engineer", "A senior civil servant", "a firefighter"), that opens its clause; null otherwise. Not a document
 * or a thing that is said ("A report in the Times said"): only a noun of a person by its ending or a speaker's noun.
 */
function indefiniteBefore(text: string, toks: readonly Token[], h: number, floor: number): Mention | null {
  const head = toks[h];
  if (!isWord(head) || isCap(head) || /s$/.test(head!.lower) || FROM_WRITING.test(head!.lower) || !(speakerHead(head!.lower) || PERSON_ENDING.test(head!.lower))) return null;
  let d = h - 1;
  // (a participle too, before the noun: "A serving engineer", "a visiting professor")
  while (d > floor && h - d <= 2 && isWord(toks[d]) && !isCap(toks[d]) && !/^(?:a|an|one|another)$/.test(toks[d]!.lower) && (modifierWord(toks[d]!.lower) || /^\p{Ll}{3,}ing$/u.test(toks[d]!.text))) d--;
  if (d < floor || !/^(?:a|an|one|another)$/.test(toks[d]!.lower)) return null;
  // (it opens the clause: the text's start, a comma, a conjunction)
  const before = toks[d - 1];
  if (d > floor && before && isWord(before) && !/^(?:and|but|while|as|because)$/.test(before.lower)) return null;
  return make(text, toks, d, h, 'noun');
}
// A noun of a person by its ending: "engineer", "firefighter", "servant", "director", "economist", "technician",
// "intermediary", "restaurateur".
export const PERSON_ENDING = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|ary|eur)$/u;

/**
 * The token of a participle of company or work ("travelling with", "accompanying", "working for") that opens a
 * phrase of up to five words ending at `i`, right after a noun of those who speak ("a diplomat travelling with the
 * delegation"); -1 when there is none.
 */
function accompanyingStart(toks: readonly Token[], i: number, floor: number): number {
  for (let k = i; k >= floor + 1 && i - k <= 5; k--) {
    const w = toks[k]!;
    if (w.kind !== 'word') return -1;
    if (!ACCOMPANYING.test(w.lower)) continue;
    const noun = toks[k - 1]!;
    return noun.kind === 'word' && !/^\p{Lu}/u.test(noun.text) && (speakerHead(noun.lower) || PERSON_ENDING.test(noun.lower)) ? k : -1;
  }
  return -1;
}
const ACCOMPANYING = /^(?:travell?ing|accompanying|working|serving|attending)$/;
// Where a speaker is based, before "in" or "at": "A Western diplomat based in Brenova".
const BASED = /^(?:based|stationed|posted)$/;

/**
 * The index of a noun of those who speak that a determiner or a quantity at `a` opens, within its first four words
 * and before `b`, when an "of" phrase or a relative clause goes on after it ("The employee of …", "some voters who
 * …"); -1 when there is none.
 */
function speakingHead(toks: readonly Token[], a: number, b: number): number {
  if (!DETERMINERS.has(toks[a]!.lower) && !/^(?:some|many|most|several|few|all|both)$/.test(toks[a]!.lower)) return -1;
  for (let j = a + 1; j < b && j - a <= 3; j++) {
    const w = toks[j]!;
    // (past one capitalised modifier before a noun in lower case: "One Sablewick engineer who …")
    if (isCap(w) && j === a + 1 && isWord(toks[j + 1]) && !isCap(toks[j + 1])) continue;
    if (!isWord(w) || isCap(w)) return -1;
    // ("A firefighter working the northern line, who …, said", "A serving engineer with the operator, who …": a person's
    // noun by its ending, and a participle's or a preposition's phrase of where they work; "A nurse in the northern town
    // of Kelby, who …": or a role's noun)
    const placed = /^(?:on|in|at|with|from|for|\p{Ll}+ing)$/u.test(toks[j + 1]?.lower ?? '');
    if (speakerHead(w.lower) && !DOCUMENT_NOUN.test(w.lower)) return /^(?:of|who|that)$/.test(toks[j + 1]?.lower ?? '') || placed && ROLE_NOUNS.has(w.lower) ? j : -1;
    if (PERSON_ENDING.test(w.lower) && placed) return j;
  }
  return -1;
}

/** The noun phrase that ends at token `i`, back over its modifiers to its determiner or owner (five words at most). */
function phraseOpening(text: string, toks: readonly Token[], i: number, floor: number): Mention {
  let a = i;
  for (let k = i - 1; k >= Math.max(floor, i - 5); k--) {
    const w = toks[k]!;
    if (!isWord(w) || CLAUSE_WORD.test(w.lower) || PREPOSITION_WORD.test(w.lower)) break;
    a = k;
    if (DETERMINERS.has(w.lower) || /[’']s$/.test(w.text)) {
      while (a - 1 >= floor && /[’']s$/.test(toks[a]!.text) && nameToken(toks[a - 1])) a--;
      break;
    }
  }
  return make(text, toks, a, i, 'noun');
}

/** Mention `m` carried on to offset `end` ("aides to" through "Clinton"; "Gov. Tomblin" through "of West Virginia"). */
export function through(text: string, m: Mention, end: number): Mention {
  m.end = end;
  m.text = text.slice(m.start, end);
  return m;
}

/**
 * The noun phrase of a person that opens its clause at `floor` and ends right before "in" or "at" and the name `m` ("A
 * Western diplomat in Brenova"), through the name; null otherwise. ("based in" is passed over by speakerPhraseBefore.)
 */
function placedNoun(text: string, toks: readonly Token[], m: Mention, floor: number): Mention | null {
  let p = toks.findIndex((t) => t.start >= m.start) - 1;
  if (p >= floor && toks[p]!.lower === 'the') p--;
  if (p - 1 <= floor || !/^(?:in|at)$/.test(toks[p]!.lower) || !isWord(toks[p - 1]) || isCap(toks[p - 1])) return null;
  const np = nounPhraseBefore(text, toks, p - 1, floor);
  return np && np.start === toks[floor]!.start ? through(text, np, m.end) : null;
}

/**
 * The apposition of tokens [a, b] as a speaker's title; an age is none ("Aung San Suu Kyi, 70, said"), nor a phrase
 * of the occasion ("Xi, speaking through an interpreter, said", "Obama, at a news conference, said"), nor a relative
 * clause ("Berg, who is an actor, said"); a participle before a noun of its own is ("Jane Roe, managing director of …").
 */
export function appositiveTitle(text: string, toks: readonly Token[], a: number, b: number): string | null {
  if (a === b && /^\d+$/.test(toks[a]!.text)) return null;
  // ("Ruiz, 49, a Navy veteran, said": the age before the title is no part of it)
  const from = /^\d{1,3}$/.test(toks[a]!.text) && toks[a + 1]?.text === ',' && a + 2 <= b ? a + 2 : a;
  const first = toks[from]!;
  // ("Thune, asked whether a deal was possible, replied", "Ruiz, pressed on the point, said": a past participle too)
  if (first.kind === 'word' && (OCCASION_OPENER.test(first.text) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(first.text) && OCCASION_AFTER_PARTICIPLE.test(toks[from + 1]?.lower ?? ''))) return null;
  // ("Fenton, a strategist for progressive causes whose agency, …, made the ads, said": the title ends where a
  // relative clause about it opens)
  let last = b;
  for (let k = from + 1; k <= b; k++) {
    if (/^(?:who|whom|whose|which)$/.test(toks[k]!.lower)) {
      // (with its preposition, "to whom", and the comma before it)
      last = k - 1;
      if (/^(?:to|of|for|with|by|from|in|on|at|about)$/.test(toks[last]!.lower)) last--;
      while (last >= from && toks[last]!.kind !== 'word') last--;
      break;
    }
  }
  if (last < from) return null;
  const title = text.slice(first.start, toks[last]!.end);
  // (a title of a work that ends the apposition keeps its closing mark, whose comma stood inside it: “Going Viral,”)
  const open = (title.match(/“/g) ?? []).length - (title.match(/”/g) ?? []).length;
  return open > 0 ? `${title}”` : (title.match(/"/g) ?? []).length % 2 === 1 ? `${title}"` : title;
}
/**
 * An adverb of the dictionary in -ly, capitalised as the first word of its clause: no part of the name after it
 * ("Interestingly Blocher said", "Instantly De Griers burst into …"); a given name in -ly ("Beverly") is no such word.
 */
function sentenceAdverb(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{4,}ly$/u.test(t.text) && !isGivenName(t.text) && isDictionaryWord(t.lower);
}
/** A person by their age: "the 39-year-old". */
export const AGE_NOUN = /^\d{1,3}-year-old$/;
/** Is the token at k an article before a word in lower case ("A senior aide", "The mayor"; not "The Kremlin"), or a possessive before a noun of kin ("Her brother")? */
function articleOfNoun(toks: readonly Token[], k: number): boolean {
  if (/^(?:her|his|their)$/.test(toks[k]!.lower) && KIN_NOUN.test(toks[k + 1]?.lower ?? '')) return true;
  if (!/^(?:a|an|the)$/.test(toks[k]!.lower) || !isWord(toks[k + 1])) return false;
  // (or of a proper adjective and a role in lower case: "The Portuguese coach, whose side …, described …")
  return !isCap(toks[k + 1]) || (PROPER_ADJECTIVES.has(toks[k + 1]!.lower) || demonym(toks[k + 1]!.text)) && isWord(toks[k + 2]) && !isCap(toks[k + 2]) && isRole(toks[k + 2]!);
}
// The nouns of kin a possessive opens a subject with: "Her brother", "His widow".
const KIN_NOUN = /^(?:brother|sister|son|daughter|wife|husband|widow|widower|mother|father|parents|children|family)$/;
// Words of tenure before a title: "former", "then-", "acting" …
const TENURE = /^(?:former|then|acting|interim|outgoing|incoming|retired|ex)$/;
/** A token after which a clause opens: a sentence's end, a colon or semicolon, a dash, an opening mark or parenthesis. */
const CLAUSE_BREAK = /^[.!?;:—–(“"]$/;
// What opens an apposition of the occasion rather than a title: a preposition or an adverb; or a relative clause or a
// conjunction ("Berg, who is an actor, said": said of the person, not a title).
// (and an aside of comparison or concession: "Smith, like his predecessor, said", "Ruiz, for her part, said")
const OCCASION_OPENER = /^(?:at|in|on|during|after|before|by|from|through|under|over|while|when|as|also|again|however|meanwhile|still|too|later|\p{Ll}+ly|who|whom|whose|which|where|that|and|but|like|unlike|with|without|despite|amid|among|alongside|including|for|though|although|because|since|if|perhaps)$/u;
// What follows a participle that opens an apposition of the occasion: "speaking through", "citing the report".
const OCCASION_AFTER_PARTICIPLE = /^(?:the|a|an|his|her|their|its|this|that|by|to|through|with|from|at|in|on|for|about|of|after|before|during|as|it|him|them|reporters|journalists|supporters|later|earlier|again|then|afterward|afterwards|whether|if|why|how|what|when|\p{Ll}+ly)$/u;

/**
 * "Another refugee, a retired schoolteacher who gave his name only as Davor, said": the name an apposition's speaker
 * gave, right before the comma (one or two capitalised words after "name (only) as", "himself (only) as").
 */
function namedOnlyAs(text: string, toks: readonly Token[], comma: number, floor: number): Mention | null {
  let a = comma - 1;
  while (a > floor && comma - a < 2 && isCap(toks[a - 1]) && nameToken(toks[a - 1])) a--;
  if (!isCap(toks[a]) || toks[a - 1]?.lower !== 'as') return null;
  let v = a - 2;
  if (toks[v]?.lower === 'only') v--;
  if (!/^(?:name|himself|herself)$/.test(toks[v]?.lower ?? '') || v - 2 < floor) return null;
  const name = make(text, toks, a, comma - 1, 'name');
  const female = /^(?:her|herself)$/.test(toks[v]!.lower) || toks[v - 1]?.lower === 'her';
  const male = /^(?:his|himself)$/.test(toks[v]!.lower) || toks[v - 1]?.lower === 'his';
  // (the mention runs from the description it names: "Another refugee, … as Davor")
  const described = appositiveSubject(text, toks, comma, floor);
  const start = described && described.start < name.start ? described.start : name.start;
  const m = { ...name, start, text: text.slice(start, name.end) };
  return female !== male ? { ...m, gender: female ? 'f' : 'm' } : m;
}

/**
 * "Smith, a spokesman for the campaign, said", "Michael Mulgrew, president of
 * the union, which represents teachers, said", "Its chair, Aisha Rahman,
 * said": walk back over comma-separated appositives to the name they describe.
 */
function appositiveSubject(text: string, toks: readonly Token[], comma: number, floor: number): Mention | null {
  let end = comma;
  // the chunk read before this one (nearer the cue), where it stood between commas
  let after: { start: number; last: number } | null = null;
  for (let hops = 0; hops < 6; hops++) {
    // "Sen. Lindsey Graham, R-S.C., said": a party and state between commas, as an apposition
    const party = tokenAt(toks, end - 1)?.text === '.' ? end - 2 : end - 1;
    if (party - 1 > floor && isPartyState(toks[party]) && toks[party - 1]!.text === ',') {
      end = party - 1;
      continue;
    }
    // "Rep. Elijah Cummings (D-Md.), chair of …, said": a party and state after the name are no part of it
    const last = parentheticalStart(toks, end, floor);
    let k = last - 1;
    // (does the chunk end inside a title's marks? then its last words name a work, not the speaker)
    let endsInTitle = false;
    for (;;) {
      while (k >= floor && comma - k <= 50 && toks[k]!.text !== ',' && !CLAUSE_STOP.has(toks[k]!.text)) k--;
      // (a title in its marks is part of the apposition: "Lund, the author of “The Long Night” and “A Winter,” said";
      // the comma of the last one stands inside its marks)
      const closedAfter = k >= floor && OPEN_MARK_TOKEN.test(toks[k]!.text) && CLOSE_MARK_TOKEN.test(tokenAt(toks, last + 1)?.text ?? '') && titleTokens(toks, k + 1, last);
      // (not a nickname inside a name: state Del. Marcia “Cia” Price)
      const opened = closedAfter ? k : k >= floor && CLOSE_MARK_TOKEN.test(toks[k]!.text) && !isCap(toks[k + 1]) ? titleMarksStart(toks, k) : -1;
      if (opened < 0) break;
      if (closedAfter || k === last - 1) endsInTitle = true;
      k = opened - 1;
    }
    let chunkStart = k + 1;
    // ("But Akhil Johri, the chief financial officer, noted": the conjunction is no part of the name)
    // (a capitalised one only: "in Kentucky", "a Democrat" are no names at all)
    // (not a count before its noun or its share: "One worker, who …, said", "One of the people, who …, said")
    // (nor the article of a noun phrase: "A senior Senate aide, who …, said", "The mayor, in a tweet, said")
    // (nor an epithet of plight or rivalry opening the sentence: "Rival Brightmere Dairy said")
    while (chunkStart < last - 1 && isCap(toks[chunkStart]) && (NOT_NAME_WORDS.has(toks[chunkStart]!.lower) && !PARTITIVE.test(toks[chunkStart]!.lower) && !articleOfNoun(toks, chunkStart) || PLIGHT_EPITHETS.has(toks[chunkStart]!.lower) && isCap(toks[chunkStart + 1]))) chunkStart++;
    if (chunkStart >= last) return null;
    const chunk = toks.slice(chunkStart, last);
    // ("However, two members of staff, speaking on condition of anonymity, told …": past a sentence adverb's comma too)
    const atClauseStart = k < floor || toks[k]!.text !== ',' || k - 1 === floor && openingAdverb(toks[k - 1]!.lower);
    const titleOf = () => (end < comma ? appositiveTitle(text, toks, end + 1, comma - 1) : null);
    // a chunk that is only a name: "Aisha Rahman", "the Kremlin"
    // (a firm's "&" between its capitalised words too: "its publisher, Ellery & Finch, said")
    // (and a union local's number after "Local": "The United Food Workers Local 412, which represents …, said")
    const localNumber = (i: number) => i > 0 && localNumberAt(toks, chunkStart + i);
    // (and "and" between capitalised words of a body's name ending in its head, with a plural's apostrophe before the
    // head: "The Transport and Warehouse Workers' Union, which represents …, said")
    const bodyEnd = ORG_WORDS.has(chunk[chunk.length - 1]!.lower);
    const joins = (i: number) => bodyEnd && i > 0 && (chunk[i]!.lower === 'and' && isCap(chunk[i - 1]) && isCap(chunk[i + 1]) || pluralBeforeAssociation(toks, chunkStart + i));
    const nameOnly = chunk.every((t, i) => nameToken(t) || isRole(t) || (i === 0 && t.lower === 'the') || i > 0 && i < chunk.length - 1 && joinsName(toks, chunkStart + i) || localNumber(i) || joins(i)) && (isCap(chunk[chunk.length - 1]) || localNumber(chunk.length - 1));
    // (not a place after its city, "in Concord, New Hampshire, said", nor the apposition of a relative clause's
    // noun: "Reed, whose district, Elmira, lies near the border, argues")
    const region = nameOnly && REGIONS.has(chunk.map((t) => t.lower).join(' '));
    if (endsInTitle && atClauseStart) return null;
    // ("In a statement, the coalition, which represents 31 nations, said": the clause opens with a phrase of place or
    // occasion, and its subject is the chunk after it, a noun phrase whose relative clause was walked past)
    if (atClauseStart && after && INTRO_OPENER.test(toks[k + 1]!.lower)) {
      const s = subjectBefore(text, toks, after.last, after.start);
      // ("At the picket line, crane operator Tomas Brandt, who …, said": or a name after its role in lower case)
      const from = after.start;
      const roleFirst = (m: Mention) => m.kind === 'name' && toks.slice(from, toks.findIndex((t) => t.start >= m.start)).every((t) => isWord(t) && !isCap(t) && !DETERMINERS.has(t.lower) && !CLAUSE_WORD.test(t.lower) && !PREPOSITION_WORD.test(t.lower) && (!/(?:ing|ed)$/.test(t.lower) || TENURE.test(t.lower)) && !IRREGULAR_PAST.has(t.lower));
      if (s && (s.kind === 'name' || s.kind === 'noun' && /^(?:the|a|an)\s/i.test(s.text)) && (s.start === toks[after.start]!.start || roleFirst(s)) && s.end === toks[after.last - 1]!.end) return s;
    }
    // (nor the apposition of a role after a preposition: "the commission, in a statement signed by its spokesman, Mr
    // Kelechi Anozie, said" is the commission's)
    // (nor a place after the preposition that opens the chunk: "In Marlow, …, said")
    const placed = chunkStart > k + 1 && /^(?:in|at|from|near|outside)$/.test(toks[chunkStart - 1]!.lower);
    if (!endsInTitle && nameOnly && !placed && !NOT_NAME_WORDS.has(chunk[chunk.length - 1]!.lower) && !((chunk.length === 1 || region) && placeBefore(toks, k, floor, region)) && !whoseBefore(toks, k, floor) && !roleOfPreposition(toks, k, floor)) {
      const m = make(text, toks, chunkStart, last - 1, 'name');
      if (m.kind === 'name') {
        if (!m.title) m.title = titleOf() ?? roleBefore(text, toks, k, floor);
        return m;
      }
    }
    // ("The petition's organiser, retired headteacher Margaret Ellory, told reporters": a role in lower case before the
    // name, between commas, is the name's title)
    if (!endsInTitle && !atClauseStart && !isCap(chunk[0])) {
      let n = 0;
      // (a role's words only: not a participle's phrase, "led by campaign manager Terry Sullivan", whose name is another's)
      while (n < chunk.length && isWord(chunk[n]) && !isCap(chunk[n]) && !DETERMINERS.has(chunk[n]!.lower) && !PREPOSITION_WORD.test(chunk[n]!.lower) && !CLAUSE_WORD.test(chunk[n]!.lower)) n++;
      // (a noun no list holds before a listed given name too: "In Marlow, retired machinist Gus Penhallow, 71, said")
      // (its words a role's, no participle's nor a preposition's: "drawing near Elizabeth" is no role)
      const roleWords = () => chunk.slice(0, n).every((t) => !ROLE_LEAD_STOP.test(t.lower) && !/ly$/.test(t.lower) || TENURE.test(t.lower)) && !PLACE_PREPOSITION_WORD.test(chunk[n - 1]!.lower) && !/^(?:near|beside|toward|towards|past|via|per)$/.test(chunk[n - 1]!.lower);
      const role = n > 0 && n < chunk.length && (isRole(chunk[n - 1]!) || isGivenName(chunk[n]!.text) && isDictionaryWord(chunk[n - 1]!.lower) && roleWords());
      if (role && n <= 4 && chunk.slice(n).every((t) => nameToken(t)) && isCap(chunk[chunk.length - 1])) {
        const m = make(text, toks, chunkStart + n, last - 1, 'name');
        if (m.kind === 'name' && personName(m)) return { ...m, title: m.title ?? text.slice(chunk[0]!.start, chunk[n - 1]!.end) };
      }
    }
    // ("The council’s attorney, Dominic Ferrante of Ferrante & Hale, said", "The residents’ lawyer, Samuel J. Price of the
    // Halvern Legal Aid Society, argued": a person's name and the body they are of, between commas)
    if (!endsInTitle && !atClauseStart && isCap(chunk[0]) && chunk.some((t) => t.lower === 'of')) {
      const s = subjectBefore(text, toks, last, chunkStart);
      if (s && s.kind === 'name' && s.start === chunk[0]!.start && personName(s)) return s.title ? s : { ...s, title: titleOf() ?? roleBefore(text, toks, k, floor) };
    }
    if (atClauseStart) {
      // the clause opens with its subject: "Democratic nominee Hillary Clinton, at a gaggle, said",
      // "WASHINGTON -- President Obama, dedicating the museum, said"
      const s = subjectBefore(text, toks, last, chunkStart);
      // ("Mrs. Clinton’s campaign, which has been …, said": a noun phrase that is the whole chunk too)
      // ("New Hampshire Sen. Kelly Ayotte’s campaign, for example, said": or after the capitalised words of its possessor's title)
      const opensChunk = (m: Mention) => m.start === chunk[0]!.start || chunk.every((t) => t.start >= m.start || isCap(t) || t.text === '.');
      // (a pronoun that ends a clause is its object, "The regulars love it, says Hank Olsson" is no "it says"; one that
      // opens the chunk or follows its conjunction is the subject, "and he, once again, pledged")
      const pronounOpens = (m: Mention) => opensChunk(m) || /^(?:and|but|or|yet|so|then)$/.test(chunk[chunk.findIndex((t) => t.start >= m.start) - 1]?.lower ?? '');
      // ("A Western diplomat in Brenova, who …, said": a place after a noun of those who speak is where they are)
      const placed = s && s.kind === 'name' ? placedNoun(text, toks, s, chunkStart) : null;
      if (placed) return placed;
      // (not a name inside a relative clause of the chunk's noun, its pronoun the clause's subject: "One Sablewick engineer
      // who worked on Tidewatch, and who asked not to be named, said" is the engineer; "It was … ago that Michael
      // Bloomberg, who …, said" is Bloomberg)
      const inRelative = (m: Mention) => m.kind === 'name' && chunk.some((t, i) => i > 0 && t.start < m.start && t.lower === 'who' && !isCap(chunk[i - 1]) && isWord(chunk[i + 1]) && !isCap(chunk[i + 1]));
      if (s && (s.kind === 'name' && !inRelative(s) || s.kind === 'pronoun' && pronounOpens(s) || s.kind === 'noun' && opensChunk(s) && end < comma) && s.end === chunk[chunk.length - 1]!.end) {
        if (s.kind === 'name' && !s.title) s.title = titleOf();
        return s;
      }
      // ("The employee of nearly four years, a registered Republican who …, said", "some voters who have listened to
      // his speeches, on television or at …, said": a determined noun of those who speak opens the chunk, what
      // follows it is its complement)
      // (from the chunk's first word past a conjunction: "The" is no name's word, but the noun's article)
      let open = k + 1;
      while (open < last && /^(?:but|and|yet|so|still)$/.test(toks[open]!.lower)) open++;
      const head = end < comma ? speakingHead(toks, open, last) : -1;
      return head >= 0 ? make(text, toks, open, head, 'noun') : null;
    }
    // ("The summit’s president, Kestrian environment minister Amara Oyelaran, said", "In the locker room, backup guard
    // Cole Renfrow, who played …, said": the chunk is a person's name with the lower-case words of their role before
    // it; a noun phrase or an opening phrase before its comma only describes them or the occasion)
    // (after "the" too: "Varga’s coach, the former Dutch doubles specialist Pieter van Daalen, told")
    const lead = chunk[0]!.lower === 'the' ? 1 : 0;
    if (!endsInTitle && !atClauseStart && isWord(chunk[lead]) && !APPOSITIVE_LEAD.test(chunk[lead]!.lower) && !whoseBefore(toks, k, floor)) {
      const s = subjectBefore(text, toks, last, chunkStart);
      const named = s && s.kind === 'name' && s.name && /^\p{Lu}/u.test(s.name) ? chunk.length - s.name.split(/\s+/).length : -1;
      if (named > lead && (s!.title || lead || isRole(chunk[named - 1]!)) && s!.end === chunk[chunk.length - 1]!.end && personName(s!) && chunk.slice(lead, named).every((t) => isWord(t) && !ROLE_LEAD_STOP.test(t.lower))) return s;
    }
    // ("Sen. Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said": two people, each with an apposition)
    if (!endsInTitle && chunk.length > 2 && chunk[0]!.lower === 'and' && k >= floor && toks[k]!.text === ',') {
      const rest = chunk.slice(1);
      if (rest.every((t) => nameToken(t)) && isCap(rest[rest.length - 1])) {
        const second = make(text, toks, chunkStart + 1, last - 1, 'name');
        const joined = second.kind === 'name' && personName(second) ? joinPeople(text, speakerPhraseBefore(text, toks, k + 1, floor, {}), second) : null;
        if (joined) return joined;
      }
    }
    // ("Or, as Tom Ridge, a former secretary, put it:": a name after the conjunction that opens its clause, after a
    // word of the sentence's own before it)
    if (!endsInTitle && chunk.length > 1 && /^(?:as|while|when|because|although|though|since|if)$/.test(chunk[0]!.lower)) {
      const rest = chunk.slice(1);
      if (rest.every((t) => nameToken(t) || isRole(t)) && isCap(rest[rest.length - 1]) && !NOT_NAME_WORDS.has(rest[rest.length - 1]!.lower)) {
        const m = make(text, toks, chunkStart + 1, last - 1, 'name');
        if (m.kind === 'name') {
          if (!m.title) m.title = titleOf();
          return m;
        }
      }
    }
    // (but not a predicate, opened by an auxiliary: "Carver, 57, has been charged separately and is cooperating with
    // prosecutors, said a law enforcement official" is a clause another reports; a relative clause's is walked past,
    // "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four …, discussed")
    if (AUXILIARIES.has(chunk[0]!.lower) && !toks.slice(Math.max(floor, 0), chunkStart).some((t) => RELATIVE_WORD.test(t.lower))) return null;
    // anything else between commas is an appositive or an aside: keep walking back
    if (!APPOSITIVE_LEAD.test(chunk[0]!.lower) && !isRole(chunk[0]!) && !/^\d+$/.test(chunk[0]!.text) && !/^\p{Ll}+(?:ing|ed)$/u.test(chunk[0]!.text) && hops > 1 && !whoseBefore(toks, k, floor)) return null;
    after = { start: chunkStart, last };
    end = k;
  }
  return null;
}

// The pronouns that open a relative clause, whose predicate a walk over appositions goes past.
const RELATIVE_WORD = /^(?:who|whose|whom|which|that)$/;

// Verbs that carry a cue after "to" ("continued to say", "was quick to point out").
const CARRIER = /^(?:continued|continues|continue|began|begins|begin|quick|sought|seeks|tried|tries|proceeded|hastened|hurried|rushed|used)$/;

/**
 * Where a verb that only carries the cue starts, when it ends with the "to" at
 * token i ("continued to", "was quick to", "went on to"), or -1.
 */
export function carrierBefore(toks: readonly Token[], i: number, floor: number): number {
  if (toks[i]?.lower !== 'to') return -1;
  if (i - 1 >= floor && CARRIER.test(toks[i - 1]!.lower)) return i - 1;
  if (i - 2 >= floor && toks[i - 1]!.lower === 'on' && /^(?:went|goes|go|going|gone)$/.test(toks[i - 2]!.lower)) return i - 2;
  return -1;
}

/** Is the token a party and state ("R-Ky", "D-Calif.")? */
export const isPartyState = (t: Token | undefined): boolean => t !== undefined && PARTY_STATE.test(t.text);

/** Is the mention a name, or a he or she? */
export const namesPerson = (m: Mention): boolean => m.kind === 'name' || (m.kind === 'pronoun' && (m.gender === 'm' || m.gender === 'f'));

/** Subject pronouns that open a clause right after its verb ("professed she plans …"; "it" is as often an object). */
export const CLAUSE_SUBJECT = /^(?:he|she|they|we|i|there)$/;

// A place by its kind, named by the name an apposition gives it: "the provincial capital, Monteclar".
const PLACE_NOUN = /^(?:capital|city|town|village|port|region|province|district|county|island|suburb|neighbou?rhood|enclave|settlement)$/;

/**
 * Does the chunk that ends at the comma `comma` name a place ("of Flint", "in
 * Columbus")? Then a lone capitalised word after it, or a `region`, is its state or country
 * ("Cory James, 22, of Flint, Mich., said"; "during a meeting in Columbus, Ohio, said").
 */
function placeBefore(toks: readonly Token[], comma: number, floor: number, region = false): boolean {
  if (comma - 2 < floor || toks[comma]?.text !== ',') return false;
  // ("at a news conference in the provincial capital, Monteclar, pronounced": a place's noun after its preposition,
  // which the name after the comma names)
  if (PLACE_NOUN.test(toks[comma - 1]!.lower)) {
    for (let j = comma - 2; j >= floor && comma - j <= 5; j--) if (/^(?:in|at|from|near|outside|to)$/.test(toks[j]!.lower)) return toks[j + 1]!.lower === 'the';
    return false;
  }
  if (!isCap(toks[comma - 1])) return false;
  for (let j = comma - 2; j >= floor && comma - j <= 4; j--) {
    const w = toks[j]!;
    // (after a known region, a place one goes to as well: "during a visit to Lyon, France, said")
    if (/^(?:in|of|from|at|near|outside)$/.test(w.lower) || region && /^(?:to|into|across|through|toward|towards|around)$/.test(w.lower)) return true;
    if (!isCap(w)) return false;
  }
  return false;
}

/** Are the tokens in [a, b) the words of a title: capitalised, or its small words, with a comma or colon between? */
function titleTokens(toks: readonly Token[], a: number, b: number): boolean {
  if (b <= a || b - a > 14 || !isCap(toks[a])) return false;
  for (let j = a; j < b; j++) {
    const t = toks[j]!;
    if (!isCap(t) && !TITLE_SMALL.has(t.lower) && !/^(?:,|:|’s|'s)$/.test(t.lower)) return false;
  }
  return true;
}

/** Do tokens k − 1 and k make one mark of two apostrophes, ''? */
const doubledMark = (toks: readonly Token[], k: number): boolean =>
  k >= 1 && toks[k]!.text === "'" && toks[k - 1]!.text === "'" && toks[k - 1]!.end === toks[k]!.start;

/** titleMarksStart for a title in doubled apostrophes whose closing '' opens at token `close`. */
function doubledTitleStart(toks: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 1 && close - j <= 16; j--) {
    if (doubledMark(toks, j)) return titleTokens(toks, j + 1, toks[close - 1]!.text === ',' ? close - 1 : close) ? j - 1 : -1;
  }
  return -1;
}

/** Where the opening mark of a title whose closing mark is token `close` stands, or -1. */
function titleMarksStart(toks: readonly Token[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= 15; j--) {
    if (OPEN_MARK_TOKEN.test(toks[j]!.text)) return titleTokens(toks, j + 1, toks[close - 1]!.text === ',' ? close - 1 : close) ? j : -1;
  }
  return -1;
}

/** Does the chunk that ends at the comma `comma` open with "whose" ("whose district,"), within five words? */
function whoseBefore(toks: readonly Token[], comma: number, floor: number): boolean {
  if (toks[comma]?.text !== ',') return false;
  for (let j = comma - 1; j >= floor && comma - j <= 5; j--) {
    // (but a role's holder, "the committee, whose chairman, Sen. Gordon Ashby, …, told Politico", is the relative
    // clause's subject, and the cue its verb)
    if (toks[j]!.lower === 'whose') return !(comma - 1 > j && isRole(toks[comma - 1]!));
    if (toks[j]!.kind !== 'word') return false;
  }
  return false;
}

/** Where a short parenthetical that ends at `end` opens ("Cummings (D-Md.)"), or `end` when none does. */
function parentheticalStart(toks: readonly Token[], end: number, floor: number): number {
  if (end - 1 <= floor || toks[end - 1]!.text !== ')') return end;
  for (let j = end - 2; j > floor && end - j < 10; j--) {
    if (toks[j]!.text === '(') return j;
    if (toks[j]!.text === ')') break;
  }
  return end;
}

/** "Its chair, Aisha Rahman": the role written in the chunk before a name's comma. */
function roleBefore(text: string, toks: readonly Token[], comma: number, floor: number): string | null {
  if (comma < floor || toks[comma]?.text !== ',') return null;
  let k = comma - 1;
  while (k >= floor && comma - k <= 8 && toks[k]!.text !== ',' && !CLAUSE_STOP.has(toks[k]!.text)) k--;
  const chunk = toks.slice(k + 1, comma);
  return chunk.length && chunk.some((t) => isRole(t)) ? text.slice(chunk[0]!.start, chunk[chunk.length - 1]!.end) : null;
}

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);
const AUXILIARIES: ReadonlySet<string> = new Set('is are was were be been has have had will would can could should may might must do does did'.split(' '));

/**
 * The name an apposition between commas gives the noun phrase `m`, before token `limit`: "The No campaign's leader,
 * former finance minister Edith Calloway-Brunn, set out …" names Edith Calloway-Brunn; null where none follows.
 */
export function apposedName(text: string, toks: readonly Token[], m: Mention, limit: number): Mention | null {
  if (m.kind !== 'noun') return null;
  let after = toks.findIndex((t) => t.start >= m.end);
  // (past the body after a role's "of" the phrase stopped at: "The chief executive of Ferncastle Prairie Energy,
  // Rosalind Achterberg-Nkemelu, defended …")
  if (after > 0 && toks[after - 1]!.lower === 'of') while (after < limit && isCap(toks[after]) && toks[after]!.kind === 'word') after++;
  if (after <= 0 || toks[after]?.text !== ',') return null;
  let close = after + 1;
  while (close < limit && close - after <= 10 && toks[close]!.text !== ',') close++;
  if (toks[close]?.text !== ',' || close + 1 >= limit) return null;
  const named = subjectBefore(text, toks, close + 1);
  return named && named.kind === 'name' && named.start > m.end ? named : null;
}

/**
 * The pronoun of a subject pronoun's contraction with its verb ("He’s", "I’m", "They’ve"), as a mention of the pronoun's
 * letters alone; null for any other token, and for "it" and "you" (no speaker's).
 */
function contractedPronoun(t: Token): Mention | null {
  const m = CONTRACTED_PRONOUN.exec(t.lower);
  if (!m) return null;
  const p = m[1]!;
  return { kind: 'pronoun', start: t.start, end: t.start + p.length, text: t.text.slice(0, p.length), name: null, title: null, gender: PRONOUNS[p] ?? null };
}
const CONTRACTED_PRONOUN = /^(he|she|i|we|they)[’'](?:s|m|re|ve|d|ll)$/;

/**
 * The speaker phrase that starts at token index `start` ("said Mr. Smith, a
 * spokesman", "says one official"), for inverted frames.
 */
// Lower-case epithets that books put before a name: "poor Alice", "little Oliver", "old Sally".
const NAME_EPITHET = /^(?:poor|little|old|young|dear|good|kind)$/;
export function subjectAfter(text: string, toks: readonly Token[], start: number, limit = toks.length): Mention | null {
  const m = subjectAfterRun(text, toks, start, limit);
  return m && (m.kind === 'noun' && givenNameAfter(text, toks, m, limit) || describedByPeople(m));
}

/**
 * The name a described speaker goes by, given right after the description ("said a 34-year-old nurse who gave only her
 * first name, Zlatomira,", "said a father who identified himself only as Ray"): the one who speaks, as a name before
 * the cue is ("…, Ilinka, told Reuters"); null otherwise.
 */
function givenNameAfter(text: string, toks: readonly Token[], m: Mention, limit: number): Mention | null {
  const given = GIVEN_NAME_AFTER.exec(text.slice(m.end, m.end + 90));
  if (!given) return null;
  const at = m.end + given[0].length - given[1]!.length;
  const k = toks.findIndex((t) => t.start === at);
  return k >= 0 && k < limit && toks[k]!.end === at + given[1]!.length ? make(text, toks, k, k, 'name') : null;
}
// (one capitalised word, ending the sentence or followed by a comma: no more of a name follows)
const GIVEN_NAME_AFTER = /^,?\s+who\s+(?:(?:gave|provided|offered)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:first|last)\s+)?name(?:\s+only)?(?:\s+as)?,?|identified\s+(?:him|her|them)sel(?:f|ves)\s+(?:only\s+)?as)\s+(\p{Lu}\p{Ll}+)(?=[,.;]|\s+(?:for|because|as|to)\s)/u;

function subjectAfterRun(text: string, toks: readonly Token[], start: number, limit: number): Mention | null {
  // "said 9/11 widow Terry Strada": a date written with a slash, before a role, modifies it
  if (start + 3 < limit && toks[start + 1]?.text === '/' && /^\d{1,2}$/.test(toks[start]!.text) && /^\d{1,2}$/.test(toks[start + 2]!.text) && toks[start + 2]!.start === toks[start + 1]!.end && toks[start + 1]!.start === toks[start]!.end && isWord(toks[start + 3]) && !isCap(toks[start + 3]) && (isRole(toks[start + 3]!) || SPEAKER_NOUNS.has(toks[start + 3]!.lower) || roleAhead(toks, start + 3, limit))) {
    start += 3;
  }
  const t = toks[start];
  // ("There’s still time for Cruz", "That’s the consensus": a function word with its verb opens no subject; "Here’s
  // Clinton in 1992: “…”" presents the one after it)
  if (t && start + 1 < limit && /^here[’']s$/.test(t.lower)) return subjectAfter(text, toks, start + 1, limit);
  if (!t || start >= limit || t.kind !== 'word' || NOT_NAME_CONTRACTED.test(t.lower)) return null;
  // ("Former Treasury Secretary Lawrence Summers, …, said": a word of tenure before a title is the title's)
  if (TENURE.test(t.lower) && start + 1 < limit && isCap(toks[start + 1]) && (isRole(toks[start + 1]!) || HONORIFICS.has(toks[start + 1]!.lower) || toks.slice(start + 1, Math.min(limit, start + 5)).some(isRole))) {
    const m = subjectAfter(text, toks, start + 1, limit);
    if (m && m.kind === 'name' && m.title !== null && m.start === toks[start + 1]!.start) {
      m.start = t.start;
      m.text = text.slice(m.start, m.end);
      m.title = `${t.text} ${m.title}`;
      return m;
    }
  }
  if (PRONOUNS[t.lower] !== undefined && t.lower !== 'her' && t.lower !== 'him' && t.lower !== 'it' && t.lower !== 'you') return make(text, toks, start, start, 'pronoun');
  // ("I’m old enough to remember …", "He’s claiming …": the pronoun of a contraction, never a name)
  const contracted = contractedPronoun(t);
  if (contracted) return contracted;
  // "said Democratic speechwriters": the proper adjective and its noun
  if (properAdjective(toks, start)) return make(text, toks, start, start + 1, 'noun');
  // ("said poor Alice", "cried little Oliver": an epithet of pity or age before a name, as books write it)
  if (NAME_EPITHET.test(t.text) && start + 1 < limit && nameToken(toks[start + 1]) && !NOT_NAME_WORDS.has(toks[start + 1]!.lower)) return subjectAfter(text, toks, start + 1, limit);
  // ("Greaves’ lawyer, Anton Bellweather,", "Marta Greaves’ spokesman": a name whose possessive is its apostrophe alone
  // owns the noun phrase after it, read below)
  const owner = ownerOfSpeaker(toks, namedOwnerEnd(toks, t.lower === 'the' ? start + 1 : start, limit), limit);
  // ("said Mr Smith": an honorific without its full stop, as British style writes it, before a name)
  if (owner < 0 && nameToken(t) && (!NOT_NAME_WORDS.has(t.lower) || HONORIFICS.has(t.lower) && isCap(toks[start + 1])) || (t.lower === 'the' && isCap(toks[start + 1]))) {
    let a = t.lower === 'the' ? start + 1 : start;
    let b = a;
    // ("said Minister for Foreign Affairs and Trade Ilsa Marovic": a title's portfolio after "for")
    while (b + 1 < limit && (nameToken(toks[b + 1]) || isRole(toks[b + 1]!) && isCap(toks[b + 2]) || localNumberAt(toks, b + 1) || toks[b + 1]!.lower === 'of' && isCap(toks[b + 2]) && (isRole(toks[b]!) || isOrgHead(toks[b]!)) ||
      // (or a body's name after its head, "the Centers for Disease Control and Prevention", "the Institute for Fiscal Studies")
      toks[b + 1]!.lower === 'for' && isCap(toks[b + 2]) && (titleFor(toks, b + 1, a) || bodyHeadFor(toks[b]!)) || toks[b + 1]!.lower === 'and' && isCap(toks[b + 2]) && (bodyForBefore(toks, b + 1, a) || portfolioAndAt(toks, b + 1, a)) ||
      // ("said the National Farmers’ Union")
      b + 2 < limit && pluralBeforeAssociation(toks, b + 1))) b++;
    while (b > a && NAME_PARTICLES.has(toks[b]!.lower)) b--;
    // "the White House press secretary, Josh Earnest", "Trump campaign manager Paul Manafort":
    // the capitalised words describe the person whose name follows the role
    // (not the name's own verb in the past before its object: "Sanders briefed co-host Joe Scarborough that …")
    const pastAfter = isWord(toks[b + 1]) && (/\p{Ll}ed$/u.test(toks[b + 1]!.text) || IRREGULAR_PAST.has(toks[b + 1]!.text));
    const r = pastAfter ? -1 : roleAt(toks, b + 1);
    if (r >= 0 && r < limit) {
      const n = toks[r + 1]?.text === ',' ? r + 2 : r + 1;
      const named = n < limit ? personNameAt(text, toks, n, limit) : null;
      if (named) {
        named.title = text.slice(t.start, toks[r]!.end);
        return named;
      }
      // "the White House press secretary" with no name: the description is the mention
      // ("Clinton aides said" without a determiner stays "Clinton": lost on dev, train and novels as a noun)
      if (t.lower === 'the') return make(text, toks, start, r, 'noun');
    }
    // ("the Swiss rider said", "the Portuguese intermediary": a people's adjective and a noun of a person is a
    // description, no name)
    if (t.lower === 'the' && a === b && demonym(toks[a]!.text) && isWord(toks[b + 1]) && !isCap(toks[b + 1]) && b + 1 < limit && (speakerHead(toks[b + 1]!.lower) || PERSON_ENDING.test(toks[b + 1]!.lower))) return make(text, toks, start, b + 1, 'noun');
    // ("The First Minister, Rhian Prosser, said": a capitalised title and the name set off by commas after it; or a
    // title with its portfolio, "the Deputy Minister for Maritime Affairs, Ilsa Varro-Dunne,")
    if (t.lower === 'the' && (isRole(toks[b]!) || portfolioIn(toks, a, b)) && toks[b + 1]?.text === ',' && b + 2 < limit) {
      const named = personNameAt(text, toks, b + 2, limit);
      const close = named ? toks.findIndex((x) => x.start >= named.end) : -1;
      if (named && named.title === null && toks[close]?.text === ',') {
        named.title = text.slice(t.start, toks[b]!.end);
        return named;
      }
    }
    const m = make(text, toks, a, b, 'name');
    if (t.lower === 'the') {
      m.start = t.start;
      m.text = text.slice(m.start, m.end);
    }
    // appositive after: "said John Smith, a spokesman for the campaign"
    // (or an owner's: "said John Smith, Acme's chief technology officer")
    if (toks[b + 1]?.text === ',' && toks[b + 2] && (DETERMINERS.has(toks[b + 2]!.lower) || isRole(toks[b + 2]!) || ownerThenRole(toks, b + 2, limit))) {
      let e = b + 2;
      // (to the apposition's end, up to 30 words: "an influential scholar of … at the Massachusetts Institute of Technology")
      while (e + 1 < limit && toks[e + 1]!.text !== ',' && toks[e + 1]!.text !== '.' && e - b < 30) e++;
      m.title = m.title ?? text.slice(toks[b + 2]!.start, toks[e]!.end);
    }
    return m;
  }
  // "that" before another determiner, a pronoun or an auxiliary opens a clause,
  // not a noun phrase: "adding that its market value …", "that he is", "that was"
  const after = toks[start + 1]?.lower;
  // (and so does "that" before a quotation's mark: "cautioned that “without rain, …”")
  if (DEMONSTRATIVES.has(t.lower) && after !== undefined && (DETERMINERS.has(after) || PRONOUNS[after] !== undefined || AUXILIARIES.has(after) || !isWord(toks[start + 1]))) return null;
  // ("said master of ceremonies Asab Tabchi": a noun and its of-phrase before a person's name are the name's title)
  if (!isCap(t) && ofComplement(toks, start + 1) && start + 3 < limit) {
    const named = personNameAt(text, toks, start + 3, limit);
    if (named) {
      named.title = text.slice(t.start, toks[start + 2]!.end);
      return named;
    }
  }
  // a lower-case noun phrase, maybe followed by the name it describes:
  // "analyst Priya Nair", "her colleague Tom Aldous", "the head of the agency, Rosa Lind"
  if (DETERMINERS.has(t.lower) || isRole(t) || SPEAKER_NOUNS.has(t.lower) || /^\d+-year-old$/.test(t.lower) || /[’']s$/.test(t.text) || owner >= 0 || roleAhead(toks, start, limit)) {
    let b = owner >= 0 ? owner : start;
    // (a past verb after the noun ends the phrase: "the governor toured the towns"; "the newly elected mayor" does not)
    // (and so do an auxiliary, an irregular past or a reflexive: "the discussion will", "the candidate herself took")
    // ("the fans’ group": past the apostrophe of a plural's possessive)
    const pluralOwner = (k: number) => k + 2 < limit && ownerApostrophe(toks, k + 1) && isWord(toks[k + 2]) && !isCap(toks[k + 2]);
    for (;;) {
      if (b + 1 < limit && b - start < 7 && pluralOwner(b)) b++;
      // ("the world No 3", "the world No. 1": a rank's number is a word of the phrase)
      else if (b > start && b - start < 6 && rankNumber(toks, b + 1, limit) > 0) b = rankNumber(toks, b + 1, limit);
      else if (b + 1 < limit && b - start < 7 && isWord(toks[b + 1]) && !isCap(toks[b + 1]) && !NP_END.test(toks[b + 1]!.lower) && !AUXILIARIES.has(toks[b + 1]!.lower) && !(b > start && IRREGULAR_PAST.has(toks[b + 1]!.lower)) && !REFLEXIVE.test(toks[b + 1]!.lower) && !(/^\p{Ll}{3,}ed$/u.test(toks[b + 1]!.text) && !DETERMINERS.has(toks[b]!.lower) && !/ly$/.test(toks[b]!.lower)) && !(b > start && trailingAdverb(toks, b + 1, limit)) && !(b > start && NP_ADVERB.test(toks[b + 1]!.lower) && !TIME_SPAN.test(toks[b]!.lower)) && !(b > start && presentVerb(toks, b + 1)) && !(b > start && participleAfterNoun(toks, b + 1, limit))) b++;
      else break;
    }
    // ("said lobbyist and GOP strategist Charlie Black": two roles joined by "and" before the name)
    const second = isRole(toks[b]!) && toks[b + 1]?.lower === 'and' ? coordinatedRole(toks, b + 2, limit) : -1;
    if (second > 0) b = second;
    // "of the agency": a short of-phrase belongs to the noun
    // the name right after the noun phrase, or after a comma
    let n = b + 1;
    // "longtime Democratic donor Ann Lee": a capitalised adjective and a role before the name;
    // "a Republican strategist": the adjective and the role end the phrase, no name follows
    // ("a senior State Department official": capitalised words of a name before the role)
    let caps = n;
    while (caps < limit && caps - n < 4 && isCap(toks[caps]) && nameToken(toks[caps])) caps++;
    // ("The former Navy cryptologist said": or a noun of a person by its ending, no name after it)
    // (the head's end right after it: not "the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki")
    const role = caps > n ? roleAt(toks, caps) : -1;
    const r = role >= 0 || caps === n ? role : caps < limit && isWord(toks[caps]) && PERSON_ENDING.test(toks[caps]!.text) && verbAfterNoun(toks[caps + 1]) ? caps : -1;
    if (r >= 0) {
      if (isCap(toks[r + 1]) && r + 1 < limit) n = r + 1;
      else {
        b = r;
        n = b + 1;
      }
    }
    if (toks[n]?.text === ',') n++;
    // "Two Democratic speechwriters": a proper adjective before a noun is part of the phrase, no name
    if (n === b + 1 && properAdjective(toks, n)) return make(text, toks, start, n + 1, 'noun');
    // ("the 46-year-old Norwegian expounded": a demonym alone after the phrase is its head, no name)
    if (n === b + 1 && demonym(toks[n]?.text ?? '') && !isCap(toks[n + 1]) && !(toks[n + 1] && (isRole(toks[n + 1]!) || SPEAKER_NOUNS.has(toks[n + 1]!.lower)))) return make(text, toks, start, n, 'noun');
    // "of Kentucky", "of the agency" are part of the noun phrase, not a name: accept a name of people only
    const m = toks[n - 1]!.lower !== 'of' && toks[n - 1]!.lower !== 'the' ? personNameAt(text, toks, n, limit) : null;
    // ("a lawyer for Dmitri Kova", "aides to Lina Ortiz": the name after a link is the one spoken for, and
    // the noun phrase through it speaks)
    // (a noun phrase of its own before the link: not "that for a group like African-Americans")
    if (m && n - 1 > start && (LINK.test(toks[n - 1]!.lower) || LINK_PARTICIPLE.test(toks[n - 1]!.lower)) && !toks.slice(start, n - 1).some((w) => PREPOSITION_WORD.test(w.lower))) return through(text, make(text, toks, start, n - 1, 'noun'), m.end);
    if (m) {
      // ("state Sen. Ana Ruiz": the words before the name's own title run on into it, "state Sen.")
      const own = m.title;
      m.title = own !== null && toks[n - 1]!.text !== ',' && text.startsWith(own, m.start) ? text.slice(t.start, m.start + own.length) : text.slice(t.start, toks[toks[n - 1]!.text === ',' ? n - 2 : n - 1]!.end);
      return m;
    }
    return make(text, toks, start, knowledgeTail(toks, start, b, limit), 'noun');
  }
  return null;
}

/**
 * Does `t` end a noun phrase's head: no word (a mark, the end), a relative pronoun, or a verb that may follow its subject
 * (an auxiliary, a past, "said", "warned", or a present in -s, "says")?
 */
const verbAfterNoun = (t: Token | undefined): boolean => !isWord(t) || /^(?:who|whose)$/.test(t!.lower) || !isCap(t) && (AUXILIARIES.has(t!.lower) || IRREGULAR_PAST.has(t!.lower) || /^\p{Ll}{2,}(?:ed|s)$/u.test(t!.text) && verbByTable(t!.lower));

/** The last token of a rank's number at `k` ("No 3", "No. 1"), or -1. */
function rankNumber(toks: readonly Token[], k: number, limit: number): number {
  const no = toks[k]?.text;
  if (no !== 'No' && no !== 'No.') return -1;
  const d = no === 'No' && toks[k + 1]?.text === '.' && toks[k + 1]!.start === toks[k]!.end ? k + 2 : k + 1;
  return d < limit && /^\d{1,3}$/.test(toks[d]!.text) ? d : -1;
}

/**
 * Where the noun phrase [start, b] ends with what its speaker knows after it ("said a source familiar with the
 * talks", "an official with knowledge of the matter"): the phrase's last token, or `b` when there is none. The
 * object runs to a word that ends a noun phrase, a verb or the clause's end, five words at most.
 */
function knowledgeTail(toks: readonly Token[], start: number, b: number, limit: number): number {
  const head = toks[b]!.lower;
  const linkAt = KNOWING.has(head) && b > start && KNOWING_LINK.test(toks[b + 1]?.lower ?? '') ? b + 1 : withKnowledgeOf(toks, b + 1) && speakerHead(head) ? b + 3 : -1;
  if (linkAt < 0) return b;
  let e = linkAt;
  while (e + 1 < limit && e - linkAt < 5 && isWord(toks[e + 1]) && (e === linkAt || !NP_END.test(toks[e + 1]!.lower)) && !AUXILIARIES.has(toks[e + 1]!.lower) && !CUE_MODIFIERS.has(toks[e + 1]!.lower)) e++;
  return e > linkAt ? e : b;
}

/**
 * The person's name that is all of the tokens [n, e), set off by commas after a title with no name of its own: "the
 * Deputy Minister for Maritime Affairs, Coastal Communities and the Blue Economy, Ilsabet Varro-Dunne, told …".
 */
export function nameInCommas(text: string, toks: readonly Token[], n: number, e: number): Mention | null {
  const m = personNameAt(text, toks, n, e);
  return m && m.end === toks[e - 1]!.end && m.title === null && (m.name?.includes(' ') ?? false) ? m : null;
}

/** The name of a person that starts at token `n` ("Josh Earnest" of "…, Josh Earnest"), or null. */
function personNameAt(text: string, toks: readonly Token[], n: number, limit: number): Mention | null {
  if (!nameToken(toks[n]) || !isCap(toks[n]) || NOT_NAME_WORDS.has(toks[n]!.lower)) return null;
  let e = n;
  while (e + 1 < limit && nameToken(toks[e + 1])) e++;
  while (e > n && NAME_PARTICLES.has(toks[e]!.lower)) e--;
  const m = make(text, toks, n, e, 'name');
  return m.kind === 'name' ? m : null;
}

/**
 * Is the -s word at `i` a verb in the present, after the noun it follows ("The group seeks to
 * prevent …", "the city plans a …")? So it is when "to", an article or a pronoun comes next.
 */
function presentVerb(toks: readonly Token[], i: number): boolean {
  const w = toks[i]!;
  if (!/^\p{Ll}{3,}s$/u.test(w.text) || /(?:ss|us|is|ics)$/.test(w.lower)) return false;
  const next = toks[i + 1]?.lower ?? '';
  // ("The document characterizes management’s offer as …": or before an owner's possessive, when the word is a verb)
  return next === 'to' || DETERMINERS.has(next) || /^(?:he|she|it|they|we|him|her|them|us|that)$/.test(next) || /^\p{L}+[’']s$/u.test(next) && verbByTable(w.lower);
}

/**
 * Does an adverb of manner close the phrase at `i` ("said the lad sullenly.",
 * "replied the girl, very firmly")? An -ly word (after "very", "rather", …)
 * that no word follows, unlike "the newly elected mayor".
 */
function trailingAdverb(toks: readonly Token[], i: number, limit: number): boolean {
  let k = i;
  if (/^(very|rather|quite|so|too|more|most|less|somewhat|almost)$/.test(toks[k]!.lower)) k++;
  const w = toks[k];
  if (!w || k >= limit || w.kind !== 'word' || !/^\p{Ll}{2,}ly$/u.test(w.text)) return false;
  const next = toks[k + 1];
  // ("said the painter coldly when he had …": or before the next phrase's first word)
  return !next || k + 1 >= limit || next.kind !== 'word' || isCap(next) || NP_END.test(next.lower);
}

// Words that open an introductory phrase before the subject: "In July, Gingrich …".
export const OPENING_WORD = /^(in|at|on|during|after|before|meanwhile|however|though|although|while|when|earlier|later|yesterday|today|also|but|and|so|still|now|then|since|as|with|without|for|from|by|under|over|asked|speaking|last|this|like|unlike|despite|amid|among|following|throughout|against|through|given|until|upon|within|across|outside|outdoors|inside|beyond|behind|near|beside|around|along|toward|towards|beneath)$/;

const SENTENCE_ADVERB = /^(?:instead|moreover|nevertheless|nonetheless|indeed|thus|separately|afterward|afterwards|overall|again|first|second|third|yet|otherwise|likewise|similarly|sometimes|often)$/;
// A sentence adverb alone before the first comma, the subject after it: "However, two members of staff, …, told".
const openingAdverb = (w: string): boolean => SENTENCE_ADVERB.test(w) || /^(?:however|meanwhile|still|earlier|later|now|then|also)$/.test(w);

/**
 * Where the main clause starts after a short opening phrase closed by a comma: an
 * adverb ("Instead,", "Shortly after the call ended,"), a time ("Hours later,"), an
 * introductory word of OPENING_WORD or a participle ("Reprising one of her lines,").
 */
export function openingPhraseEnd(toks: readonly Token[], from: number): number {
  let k = from;
  let region = 0;
  for (;;) {
    // (twelve tokens a part: "At a rally in Erie, Pennsylvania, on Saturday night, …" goes on past its region)
    const part = k;
    while (k < toks.length && k - part < 12 && toks[k]!.text !== ',' && !/^[.;:!?“”"]$/.test(toks[k]!.text)) k++;
    // ("On “Harbour Talk,” Ruiz said": a title in its marks goes on with the phrase, the comma inside them ending it)
    const close = OPEN_MARK_TOKEN.test(toks[k]?.text ?? '') ? titleMarksEnd(toks, k) : -1;
    if (close > 0) {
      if (toks[close - 1]!.text === ',') return openingWordAt(toks, from) ? close + 1 : from;
      k = close + 1;
      continue;
    }
    // ("In San Bernardino, Calif., a familiar voice …": a state after its city goes on with the phrase)
    if (toks[k]?.text === ',' && STATE_ABBREVIATIONS.has(tokenAt(toks, k + 1)?.lower ?? '') && tokenAt(toks, k + 2)?.text === ',') k += 2;
    else if (toks[k]?.text === ',' && (region = regionAt(toks, k + 1)) > 0) {
      k += region + 1;
      // ("At a rally in Ames, Iowa, on Sunday, …": and a time or place after the region goes on with it)
      if (!/^(?:on|in|at|during|last|this|early|late|earlier|later)$/.test(tokenAt(toks, k + 1)?.lower ?? '')) break;
      k++;
    } else break;
  }
  if (toks[k]?.text !== ',' || k === from) return from;
  // ("But Sen. Mike Lee, R-Utah, said …": a name and its party tag are the subject, no opening phrase)
  if (isPartyState(toks[k + 1])) return from;
  return openingWordAt(toks, from) ? k + 1 : from;
}

/**
 * Does the phrase at `from` open with a word that opens a phrase before the subject ("In", "Later", "Speaking"), or
 * with a participle and its preposition ("Pressed by reporters on the delay, …", "Questioned about the cost, …")?
 */
function openingWordAt(toks: readonly Token[], from: number): boolean {
  const first = toks[from]!.lower;
  const next = toks[from + 1]?.lower ?? '';
  return OPENING_WORD.test(first) || SENTENCE_ADVERB.test(first) || /^\p{L}+ly$/u.test(first) && first !== 'only' || /^\p{L}+ing$/u.test(first) || next === 'later' || next === 'earlier' ||
    /^\p{L}{3,}ed$/u.test(first) && PARTICIPLE_OBJECT.test(next) || (first === 'late' || first === 'early') && (LATE_WHEN.test(next) || WEEKDAY_WORD.test(next));
}
// What "Late" or "Early" opens a phrase of time with: "Late on Tuesday, …", "Early this month, …" (or a day, WEEKDAY_WORD).
const LATE_WHEN = /^(?:on|in|last|this|that|morning|afternoon|evening|night)$/;

// The preposition after a participle that opens a sentence: "Pressed by", "Questioned about", "Confronted with".
const PARTICIPLE_OBJECT = /^(?:by|about|on|over|with|whether|why|if)$/;

/** Where the closing mark of a title whose opening mark is token `open` stands, or -1. */
export function titleMarksEnd(toks: readonly Token[], open: number): number {
  for (let j = open + 1; j < toks.length && j - open <= 15; j++) {
    if (CLOSE_MARK_TOKEN.test(toks[j]!.text)) return titleTokens(toks, open + 1, toks[j - 1]!.text === ',' ? j - 1 : j) ? j : -1;
  }
  return -1;
}

/**
 * How many tokens from k name a region closed by a comma ("New Hampshire," in "in Dover, New Hampshire, …"), or 0.
 */
function regionAt(toks: readonly Token[], k: number): number {
  let words = '';
  for (let n = 1; n <= REGION_WORDS && k + n < toks.length; n++) {
    const t = toks[k + n - 1]!;
    if (t.kind !== 'word' || !isUpperAt(t.text, 0) && !/^(?:and|of)$/.test(t.lower)) return 0;
    words = n === 1 ? t.lower : `${words} ${t.lower}`;
    if (toks[k + n]!.text === ',' && REGIONS.has(words)) return n;
  }
  return 0;
}

/**
 * Where the main clause starts after every opening of its sentence: phrases
 * (openingPhraseEnd) and a subordinate clause closed by a comma, one after
 * another ("Last month, when I asked Sanders if he would endorse her, he …").
 */
export function openingsEnd(toks: readonly Token[], from: number): number {
  let k = from;
  for (let n = 0; n < 3; n++) {
    let next = openingPhraseEnd(toks, k);
    // (and a long prepositional opening: "With Democratic leaders increasingly worried about …, President Obama …")
    // (or a span of time before one: "Hours after the ball, the Princess shared …", "Minutes before the vote, …")
    if (next === k && (SUBORDINATOR.test(toks[k]?.lower ?? '') || LONG_OPENING.test(toks[k]?.lower ?? '') || SPAN_BEFORE.test(toks[k]?.lower ?? '') && SUBORDINATOR.test(toks[k + 1]?.lower ?? ''))) {
      let j = k + 1;
      while (j < toks.length && j - k < 24 && toks[j]!.text !== ',' && !/^[.;:!?“”"]$/.test(toks[j]!.text)) j++;
      if (toks[j]?.text === ',') next = j + 1;
    }
    if (next === k) break;
    k = next;
  }
  return k;
}
const SUBORDINATOR = /^(?:when|after|before|as|if|while|because|although|though|since|once|until|whenever|unless)$/;
const LONG_OPENING = /^(?:with|amid|despite|facing|following)$/;
const SPAN_BEFORE = /^(?:seconds|minutes|hours|days|weeks|months|years|moments|shortly|soon|just|only|long)$/;

// Days and months, and the nouns of a time ("last week", "this morning").
export const WHEN = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept\.|oct\.|nov\.|dec\.)$/;
export const TIME_NOUN = /^(week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time)$/;

/**
 * Is the name of mention `m` the object of a description between commas, after its preposition (", chief executive
 * of Corran Air,"), not the person described ("filed by Lena Ortiz, an architect")?
 */
function objectOfPreposition(toks: readonly Token[], m: Mention): boolean {
  const a = toks.findIndex((t) => t.start >= m.start);
  let j = a;
  while (j < toks.length && toks[j]!.start < m.end && isWord(toks[j]) && !isCap(toks[j])) j++;
  return a > 0 && j - a >= 2 && toks[a - 1]!.text === ',' && isCap(toks[j]) && /^(?:of|for|at|with|from|to|by|in|on)$/.test(toks[j - 1]!.lower);
}

/**
 * The person named before the comma that opens a description ending at `end` (searched back from `from`, within 14
 * tokens of `a`): "Marguerite Vance" of "Marguerite Vance, chief executive of Corvel Airlines, one of …"; with that
 * description as the title. Null where no comma, no person's name, or no description in lower case follows it.
 */
function personBeforeDescription(text: string, toks: readonly Token[], from: number, a: number, end: number, floor: number): Mention | null {
  let c = from;
  while (c > floor && a - c < 14 && toks[c]!.text !== ',' && !CLAUSE_BREAK.test(toks[c]!.text)) c--;
  if (c <= floor || toks[c]!.text !== ',' || c >= end) return null;
  const first = subjectBefore(text, toks, c, floor);
  if (!first || first.kind !== 'name' || !personName(first) || !isWord(toks[c + 1]) || isCap(toks[c + 1]) || /^(?:who|whom|whose|which|where|when|and|or|but|in|at|on|according)$/.test(toks[c + 1]!.lower)) return null;
  return { ...first, title: first.title ?? text.slice(toks[c + 1]!.start, toks[end]!.end) };
}

// The prepositions inside an apposition before its last name: "head of freight at the trading house Orsen Agri".
const APPOSITION_PREPOSITION = /^(?:of|for|at|with|from|in)$/;

/** "an architect who said", "Smith, who has said": the antecedent of "who" before the cue. */
export function relativeSubject(text: string, toks: readonly Token[], cueFirst: number, floor: number): Mention | null {
  let i = cueFirst - 1;
  for (;;) {
    while (i > floor && /^(has|have|had|also|later|once|repeatedly|previously|then|both|since|long|publicly|privately|already|often)$/.test(toks[i]!.lower)) i--;
    // "who on Tuesday endorsed", "who last week said"
    if (i - 1 > floor && (toks[i - 1]!.lower === 'on' && WHEN.test(toks[i]!.lower) || /^(last|this)$/.test(toks[i - 1]!.lower) && TIME_NOUN.test(toks[i]!.lower))) {
      i -= 2;
      continue;
    }
    // "who has in the past described", "who in recent weeks called"
    if (i - 2 > floor && toks[i - 2]!.lower === 'in' && /^(the|recent)$/.test(toks[i - 1]!.lower) && /^(past|days|weeks|months|years)$/.test(toks[i]!.lower)) {
      i -= 3;
      continue;
    }
    // "who in 2010 said" (a month is read as a name before the verb: left to subjectBefore)
    if (i - 1 > floor && toks[i - 1]!.lower === 'in' && /^(?:1[89]|20)\d\d$/.test(toks[i]!.text)) {
      i -= 2;
      continue;
    }
    break;
  }
  // ("by her publisher, Harrowgate & Finch, which said …": a body's name and "which")
  // (with a plain verb of saying only: "which contended", "which advises big corporations" are as often the writer's)
  const which = i > floor && toks[i]!.lower === 'which' && toks[i - 1]?.text === ',' && /^(?:said|says|told|tells|announced|stated)$/.test(toks[cueFirst]!.lower);
  if (i <= floor || toks[i]!.lower !== 'who' && !which) return null;
  let j = i;
  if (toks[j - 1]?.text === ',') j--;
  // ("Grace Adebayo, a staff nurse on the cardiology ward, who said": a description that reads as no subject of its
  // own is the apposition of the name before it)
  let antecedent = subjectBefore(text, toks, j, floor) ?? (j < i ? subjectBefore(text, toks, i, floor) : null);
  if (!antecedent || antecedent.kind === 'pronoun') return null;
  // (a body's: no given name opens it, no title goes with it)
  if (which && (antecedent.kind !== 'name' || antecedent.title !== null || isGivenName(antecedent.text.split(/\s+/)[0]!) || antecedent.end !== toks[j - 1]!.end)) return null;
  // "Lena Ortiz, an architect who said": the name the appositive describes
  if (antecedent.kind === 'noun') {
    let a = toks.findIndex((t) => t.start >= antecedent!.start);
    // ("McConnell, now the Senate majority leader, who …": past an adverb of time before the description)
    if (a > floor + 2 && /^(?:now|then|once|still|also)$/.test(toks[a - 1]!.lower) && toks[a - 2]!.text === ',') a--;
    // ("R. Gil Kerlikowske, the United States Customs and Border Protection commissioner, who …": past the front of a long
    // description the noun phrase found stops inside, to its comma)
    let d = a;
    while (d > floor + 1 && a - d < 8 && isWord(toks[d - 1]) && toks[d - 1]!.lower !== 'of') d--;
    if (d < a && toks[d - 1]?.text === ',' && /^(?:the|a|an)$/.test(toks[d]!.lower)) a = d;
    // ("Kelsey Marchetti, 26, a nursing assistant who …": past the age set off by commas between the name and its description)
    const nameEnd = a > floor + 3 && toks[a - 1]!.text === ',' && /^\d{1,3}$/.test(toks[a - 2]!.text) && toks[a - 3]!.text === ',' ? a - 3 : a - 1;
    const named = a > floor + 1 && toks[a - 1]!.text === ',' ? subjectBefore(text, toks, nameEnd, floor) : null;
    // ("Detective Inspector Karel Voss of the Dremont police, who said …": the person of the body before "of")
    const ofBody = !named && a > floor + 1 && toks[a - 1]!.lower === 'of' && /^the\s/i.test(antecedent.text) ? subjectBefore(text, toks, a - 1, floor) : null;
    if (ofBody && ofBody.kind === 'name' && personName(ofBody) && ofBody.end === toks[a - 2]!.end) antecedent = { ...ofBody, title: ofBody.title ?? `of ${antecedent.text}` };
    else if (named && named.kind === 'name' && !objectOfPreposition(toks, named)) antecedent = { ...named, title: named.title ?? text.slice(toks[a]!.start, antecedent.end) };
    // ("Marguerite Vance, chief executive of Corvel Airlines, one of a dozen launch partners, who …": or the person's
    // name before a second description between commas)
    else if (named) antecedent = personBeforeDescription(text, toks, a - 2, a, a - 2, floor) ?? antecedent;
    // ("Rostislav Gavrilenko, deputy chairman of the State Duma's defence committee, who wrote …": a body's noun phrase after
    // the preposition of an apposition is no one "who" stands for; the person before the apposition's comma is)
    else if (!ofBody && a > floor + 2 && (APPOSITION_PREPOSITION.test(toks[a - 1]!.lower) || toks[a - 1]!.lower === 'the' && APPOSITION_PREPOSITION.test(toks[a - 2]!.lower))) antecedent = personBeforeDescription(text, toks, a - 2, a, j - 1, floor) ?? antecedent;
  } else if (antecedent.kind === 'name') {
    // ("Tomas Hale, head of freight at the Miravel trading house Orsen Agri, who told …": a name that ends an apposition as the
    // object of its preposition is no one "who" stands for; the person before the apposition's comma is)
    const a = toks.findIndex((t) => t.start >= antecedent!.start);
    let p = a - 1;
    while (p > floor && a - p <= 5 && isWord(toks[p]) && !APPOSITION_PREPOSITION.test(toks[p]!.lower)) p--;
    if (p > floor && APPOSITION_PREPOSITION.test(toks[p]!.lower)) antecedent = personBeforeDescription(text, toks, p - 2, a, j - 1, floor) ?? antecedent;
  }
  // the pronoun is the words that name the speaker; the antecedent says who it is
  if (antecedent.kind === 'name') return { ...antecedent, start: toks[i]!.start, end: toks[i]!.end, text: toks[i]!.text };
  return antecedent;
}
