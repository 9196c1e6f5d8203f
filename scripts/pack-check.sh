#!/usr/bin/env bash
# Pack the package as `npm publish` would, install the tarball globally into a
# fresh temporary prefix, and use the `quotes` that lands on PATH: --version,
# an article, a JSONL stream large enough to start worker threads, and the
# library import. Fails loudly on the first difference. Needs the registry or
# npm's cache for the runtime dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

work=$(mktemp -d "${TMPDIR:-/tmp}/quotes-pack-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "pack-check: $*" >&2; exit 1; }

name=$(node -p 'require("./package.json").name')
version=$(node -p 'require("./package.json").version')

# npm pack runs `prepare`, so the tarball holds a fresh build
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "pack-check: packed $tarball ($(du -k "$work/$tarball" | cut -f1) KB)"

listing=$(tar -tzf "$work/$tarball" | sed 's|^package/||' | sort)
stray=$(grep -Ev '^(dist/|bin/|schema/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)' <<<"$listing" || true)
[ -z "$stray" ] || fail "unexpected files in the tarball: $stray"
for f in package.json README.md LICENSE CHANGELOG.md bin/quotes.js dist/cli.js dist/index.js dist/worker.js dist/types/index.d.ts; do
  grep -qxF "$f" <<<"$listing" || fail "$f is missing from the tarball"
done

prefix="$work/prefix"
npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error "$work/$tarball" >/dev/null
export PATH="$prefix/bin:$PATH"
cd "$work" # away from the repository, so nothing resolves from its node_modules

got=$(command -v quotes) || fail "quotes is not on PATH after a global install"
[ "$got" = "$prefix/bin/quotes" ] || fail "quotes on PATH is $got, not the one just installed"

[ "$(quotes --version)" = "$version" ] || fail "quotes --version printed '$(quotes --version)', expected $version"

cat >article.txt <<'EOF'
Dock workers vote to end strike

“We got most of what we asked for,” said Ruth Adeyemi, the union's branch secretary.

“It took too long,” Dele Okoro harrumphed.
EOF
# the second cue is in no lexicon: compromise must load from the installed dependencies
out=$(quotes article.txt)
grep -q '"speaker":"Ruth Adeyemi"' <<<"$out" || fail "quotes article.txt did not find the speaker: $out"
grep -q '"cue":{"text":"harrumphed"' <<<"$out" || fail "quotes article.txt did not tag an unlisted cue (is compromise installed?): $out"

# a JSONL stream big enough (> 256K characters) that --jobs 2 starts a worker
node -e '
  const text = require("fs").readFileSync("article.txt", "utf8");
  for (let i = 0; i < 3000; i++) console.log(JSON.stringify({ id: "d" + i, text }));
' >stream.jsonl
quotes --jobs 1 --input-format jsonl <stream.jsonl >one.jsonl
quotes --jobs 2 --input-format jsonl <stream.jsonl >two.jsonl
[ "$(wc -l <one.jsonl)" -eq 6000 ] || fail "expected 6000 quotes from the stream, got $(wc -l <one.jsonl)"
cmp -s one.jsonl two.jsonl || fail "--jobs 2 output differs from --jobs 1"

lib="$prefix/lib/node_modules/$name/dist/index.js"
node --input-type=module -e "
  const { extractQuotes } = await import('$lib');
  const [q] = extractQuotes('“Yes,” said Ana Ruiz.');
  if (q?.speaker !== 'Ana Ruiz') { console.error('library import gave', q); process.exit(1); }
" || fail "the installed library did not work"

# the tarball carries the code cache its build made (npm pack runs prepare), and this Node takes it
cache=$(node --input-type=module -e "const m = await import('$prefix/lib/node_modules/$name/dist/cli.js'); process.stdout.write(m.loadCommands().cache)")
[ "$cache" = accepted ] || fail "the installed CLI's code cache was $cache, not accepted"

echo "pack-check: ok ($name@$version installed globally, quotes on PATH, --jobs, the library and the code cache work)"
