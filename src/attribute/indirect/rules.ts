// The rules of the reported-speech stage (each frame's id, example and
// confidence), the quote it finds, and the shapes its cue pass (report.ts)
// hands between its steps.
import type { Cue } from '../cues.js';
import type { Mention } from '../mentions.js';

export const INDIRECT_RULES = {
  'subject-cue-that': { example: 'Putin said (that) Russia would …', confidence: 0.75 },
  'clause-subject-cue': { example: 'Talks will resume next week, the minister said.', confidence: 0.75 },
  'according-to-clause': { example: 'According to the police, the man was armed.', confidence: 0.7 },
  'clause-according-to': { example: 'The man was armed, according to the police.', confidence: 0.7 },
  'adding-that': { example: '…, adding that the talks would go on.', confidence: 0.7 },
  'fronted-fragment': { example: 'The museum, Obama said, would … (the words before the attribution)', confidence: 0.6 },
  'relative-cue': { example: 'an architect who said he was never paid', confidence: 0.65 },
  'relative-object': { example: 'the plan, which the mayor said would cost billions', confidence: 0.55 },
  'tell-to': { example: 'Obama told his advisers to find a way', confidence: 0.55 },
  'in-polls': { example: 'Trump has a decisive lead in the polls.', confidence: 0.5 },
  'in-source': { example: 'In a poll released Monday, 50 percent of voters chose Clinton.', confidence: 0.55 },
  'as-said': { example: 'As Smith pointed out, the gap is vast.', confidence: 0.65 },
  'saying-clause': { example: 'Clinton attacked Trump, saying he would …; by saying he was willing …', confidence: 0.6 },
  'asked-question': { example: 'Asked whether he would run, Smith said …; A reporter asked Sanders how he felt', confidence: 0.55 },
  'subject-act-object': { example: 'Clinton criticized the tax plan; Trump called for a ban', confidence: 0.55 },
  'headline-colon': { example: 'Pence: Debate Was a Win (a headline)', confidence: 0.6 },
  'headline-says': { example: 'Graham Says Deal Could Pass / Deal Could Pass, Graham Says (a headline)', confidence: 0.6 },
  // (a belief or a wish reported for someone, not words they said: its own rule, so that it can be left out)
  'belief-clause': { example: 'Some critics fear the new approach will leave …; Mr. Ruiz believes the tunnel will open; Clinton wants to …', confidence: 0.5 },
} as const;
export type IndirectRuleId = keyof typeof INDIRECT_RULES;

export interface IndirectQuote {
  start: number;
  end: number;
  rule: IndirectRuleId;
  /** Who spoke; null for a question put by an unnamed interviewer ("Asked whether …"). */
  mention: Mention | null;
  cue: Cue;
  sentence: number;
  /** The same statement as the quote before it ("The museum, he said, would …"): one group. */
  joined?: boolean;
  /** The clause after "and that" that follows a mixed quote's fragment ("said X was “…” and that Y"): reported though a
   * quotation stands between it and its cue. */
  afterFragment?: boolean;
  /** The clause before "and that" whose clause holds a mixed quote's fragment ("said X and that “…”"). */
  beforeFragment?: boolean;
}

/** What fromCues (report.ts) carries from one cue of a sentence to the next. */
export interface CueRun {
  out: IndirectQuote[];
  /** Tokens before this index already belong to a reported clause (or to a dateline). */
  taken: number;
  /** The subject of the sentence's last statement, for "… and warned". */
  lastSpeaker: Mention | null;
  /** That statement stood in a relative clause ("Sanders, who said …, added …"). */
  lastRelative: boolean;
}

/** A cue's speaker as fromCues finds it: before the cue, in a relative clause, or after it (inverted). */
export interface CueSpeaker {
  who: Mention | null;
  relative: Mention | null;
  inverted: Mention | null;
  speaker: Mention;
}
