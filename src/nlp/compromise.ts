// The one door to compromise. It is loaded lazily, on the first question that
// the tables below cannot answer, so `--version`, `--help` and most documents
// never pay its start-up (≈ 200 ms to load and build its lexicon), and it is
// only ever given a few words, never a document (it runs near 0.15 MB/s and goes
// quadratic on long strings).
import { createRequire } from 'node:module';
import { SLOT_OTHERS, SLOT_VERBS } from '../lexicon/verb-slot.js';

type Nlp = (text: string) => { terms: () => { json: () => { terms: { text: string; tags: string[] }[] }[] } };

let nlp: Nlp | null = null;
function load(): Nlp {
  if (!nlp) nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
}

/** @internal Has anything asked the tagger yet (compromise loaded)? For the test that the news corpora never do. */
export const taggerLoaded = (): boolean => nlp !== null;

/** `compute(key)`, kept in `cache` (emptied past 10 000 words, so a long stream cannot grow it without bound). */
function remembered(cache: Map<string, boolean>, key: string, compute: (key: string) => boolean): boolean {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute(key);
  if (cache.size > 10000) cache.clear();
  cache.set(key, value);
  return value;
}
const verbCache = new Map<string, boolean>();
const NOT_VERBS = new Set(
  [
    'too also himself herself themselves itself myself yourself ourselves again then there here now yesterday today tonight all both each instead alone though however anyway indeed first last once twice later earlier recently since so as well',
    // function words, which the tagger never reads as a verb in this slot (checked
    // word by word; "under", "over" and "unless" it does, so they are not here)
    'a an the this that these those his her its their our my your some any every another one of in on at by for from to with about after among because but and or nor during except off when where which while who whom whose why how what before into onto upon through than if until',
  ]
    .join(' ')
    .split(' '),
);

// Tags that say a word in the slot "He ___." is not standing for a verb.
const NOT_VERB_TAGS = ['Noun', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Date', 'Value', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary'];

/**
 * The cases that need no tagger: adverbs and pronouns are not verbs, a regular
 * past tense is. Undefined: ask the tagger (or its table).
 */
export function plainVerdict(key: string): boolean | undefined {
  if (/ly$/.test(key) || NOT_VERBS.has(key)) return false;
  if (/[^e]ed$|[^aeiou]ied$/.test(key) && key.length > 4) return true;
  return undefined;
}

/**
 * @internal compromise's reading of the lower-case `key` in the slot "He ___.";
 * scripts/verb-slot.mjs runs this over compromise's lexicon to write the tables
 * in lexicon/verb-slot.ts.
 */
export function taggerVerdict(key: string): boolean {
  try {
    const doc = load()(`He ${key}.`).terms().json();
    const tags = doc[1]?.terms[0]?.tags ?? [];
    // spinners put adjectives in the verb's slot ("he famous" for "he noted"):
    // in this slot any word that is not a noun, a pronoun, a function word or
    // an adverb stands for the reporting verb
    return tags.includes('Verb') || (tags.length > 0 && !tags.some((t) => NOT_VERB_TAGS.includes(t)));
  } catch {
    return false;
  }
}

// The tagger's verdicts on the words of its own lexicon, their inflections and a
// spelling dictionary, computed once by scripts/verb-slot.mjs: two sorted lists
// of words, each one string searched in place (56 000 words split into an
// array would cost ~5 ms and ~1.6 MB in every thread that extracts).

/** @internal Is `key` one of the words of `list` (sorted, separated by single spaces)? */
export function inSortedWords(list: string, key: string): boolean {
  // [lo, hi): the part of `list` still searched; lo is always the start of a word
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf(' ', mid - 1) + 1; // the word that holds `mid` (or ends just before it)
    let end = list.indexOf(' ', start);
    if (end < 0) end = list.length;
    const order = compareAt(list, start, end, key);
    if (order === 0) return true;
    if (order < 0) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** list.slice(start, end) compared with `key` (as `<` orders strings), without the slice: < 0, 0 or > 0. */
function compareAt(list: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const d = list.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}

/**
 * Is the lower-case `key` a word of the tables (compromise's lexicon and a
 * spelling dictionary, the words the plain rules answer, contractions), an
 * English word rather than a name? ("wins", "harbour", "isn’t" are; "okafor",
 * "dana" are not.)
 */
export function isDictionaryWord(key: string): boolean {
  // (the words the plain rules answer are in no table: "finally", "about", "confirmed"; nor is a contraction)
  return remembered(dictionaryCache, key, (k) => knownVerdict(k) !== undefined || isContraction(k));
}
const dictionaryCache = new Map<string, boolean>();
/** "isn’t", "we’ll", "they’re", "I’m": never a name. */
export const isContraction = (key: string): boolean => /[’'](?:t|ll|re|ve|d|m)$/i.test(key);

/** @internal The table's verdict on `key`, undefined when the word is not in it. */
export function tableVerdict(key: string): boolean | undefined {
  if (inSortedWords(SLOT_VERBS, key)) return true;
  if (inSortedWords(SLOT_OTHERS, key)) return false;
  return undefined;
}

/** The plain rules' verdict, else the table's; undefined when neither knows the word. */
function knownVerdict(key: string): boolean | undefined {
  return plainVerdict(key) ?? tableVerdict(key);
}

/**
 * @internal A compound that no table holds, read through a part the tables do
 * hold, as the tagger would mostly read it, so that such a word does not load
 * compromise into the thread. compromise splits most hyphenated words and
 * tags the slot by the first part ("well-known" → "well"); where that part is
 * not in the tables ("co-anchor"), the last part is read. A closed compound
 * ("speechwriter") is read by its head: its longest ending of 4 letters or
 * more that the tables hold ("writer"). Undefined: no such part, ask the
 * tagger. Put to the tagger, the lower-case words of the PolNeAR and novel
 * corpora that no table holds got the same answer as from this rule for 89%
 * of the hyphenated ones (2 928 of 3 295) and 81% of the others (803 of 997).
 */
export function compoundVerdict(key: string): boolean | undefined {
  const hyphen = key.indexOf('-');
  if (hyphen >= 0) return (hyphen > 0 ? knownVerdict(key.slice(0, hyphen)) : undefined) ?? knownVerdict(key.slice(key.lastIndexOf('-') + 1));
  for (let i = 1; i <= key.length - 4; i++) {
    const verdict = knownVerdict(key.slice(i));
    if (verdict !== undefined) return verdict;
  }
  return undefined;
}

/**
 * The tables' reading of `word` in the slot "He ___." (false where they do not know it),
 * for questions asked of many words, which must never load the tagger.
 */
export function verbByTable(word: string): boolean {
  const key = word.toLowerCase();
  return knownVerdict(key) ?? compoundVerdict(key) ?? false;
}

/**
 * Does `word` read as a verb of speech-like use in the slot "He ___." ? Used
 * for cue words that no lexicon lists ("“…,” he famous.", "she opined").
 */
export function readsAsVerb(word: string): boolean {
  return remembered(verbCache, word.toLowerCase(), (key) => knownVerdict(key) ?? compoundVerdict(key) ?? taggerVerdict(key));
}
