// The one door to compromise. It is loaded lazily, on the first question that
// the tables below cannot answer, so `--version`, `--help` and most documents
// never pay its start-up (≈ 200 ms to load and build its lexicon), and it is
// only ever given a few words, never a document (it runs near 0.15 MB/s and goes
// quadratic on long strings).
import { createRequire } from 'node:module';
import { SLOT_OTHERS, SLOT_VERBS } from '../lexicon/verb-slot.js';
import { partitionPoint } from '../bisect.js';

type Nlp = (text: string) => { terms: () => { json: () => { terms: { text: string; tags: string[] }[] }[] } };

let nlp: Nlp | null = null;
function load(): Nlp {
  if (!nlp) nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
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

// The tagger's verdicts on the words of its own lexicon and their inflections,
// computed once by scripts/verb-slot.mjs: sorted arrays, split on first use.
let verbs: string[] | null = null;
let others: string[] | null = null;
const has = (sorted: readonly string[], key: string): boolean => sorted[partitionPoint(sorted, (w) => w < key)] === key;
/** @internal The table's verdict on `key`, undefined when the word is not in it. */
export function tableVerdict(key: string): boolean | undefined {
  verbs ??= SLOT_VERBS.split(' ');
  others ??= SLOT_OTHERS.split(' ');
  if (has(verbs, key)) return true;
  if (has(others, key)) return false;
  return undefined;
}

/**
 * Does `word` read as a verb of speech-like use in the slot "He ___." ? Used
 * for cue words that no lexicon lists ("“…,” he famous.", "she opined").
 */
export function readsAsVerb(word: string): boolean {
  const key = word.toLowerCase();
  const hit = verbCache.get(key);
  if (hit !== undefined) return hit;
  const verb = plainVerdict(key) ?? tableVerdict(key) ?? taggerVerdict(key);
  if (verbCache.size > 10000) verbCache.clear();
  verbCache.set(key, verb);
  return verb;
}
