// A value made on first use. V8 parses a regular expression when it is created
// (a Unicode property class such as \p{L} through ICU: 0.1–0.6 ms a pattern
// here), so a pattern that most documents never run is not made at start-up
// (docs/speed-log.md, twenty-second session).
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
