// Typed errors for user-facing problems: the CLI prints `quotes: <where>: <message>`
// and never a stack trace for these.
export class QuotesError extends Error {
  readonly code: string;
  readonly where: string | null;
  constructor(code: string, message: string, where: string | null = null) {
    super(message);
    this.name = 'QuotesError';
    this.code = code;
    this.where = where;
  }
}
