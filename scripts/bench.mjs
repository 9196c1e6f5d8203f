// npm run bench: how fast `quotes` is on this machine, in one run, against the
// targets of issue 9. Every row runs the built CLI (node bin/quotes.js) as a
// user would, on fixed inputs, so two runs on one machine are comparable; the
// machine's load is printed, since other processes change every number.
// Rows that need ../shared/corpora are skipped when it is absent. Timings are
// medians where a row is cheap enough to repeat, single runs otherwise.
// Generated inputs go to .bench/ (gitignored).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/quotes.js');
const benchDir = join(root, '.bench');
const corpora = join(root, '../shared/corpora');
const news = join(corpora, 'polnear-train.jsonl');
const novels = join(corpora, 'novels-dev.jsonl');
const STARTUP_RUNS = 9;
const NEWS_RUNS = 3;
const BASELINE_BYTES = 1_000_000;
const STREAM_BYTES = 60 * 1024 * 1024;
const MB = 1e6;

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
mkdirSync(benchDir, { recursive: true });

const rows = [];
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
function row(name, value, target = '', pass = null, note = '') {
  rows.push({ name, value, target, pass, note });
  const mark = pass === null ? '    ' : pass ? 'MEET' : 'MISS';
  console.log(`${mark}  ${name.padEnd(44)} ${String(value).padStart(14)}  ${target.padEnd(22)} ${note}`);
}
const skip = (name, why) => row(name, 'skipped', '', null, why);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** Run the CLI with stdin from `input` (a path or null), stdout discarded; wall seconds. */
function time(args, input = null) {
  const fd = input ? openSync(input, 'r') : 'ignore';
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: [fd, 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const s = (performance.now() - t0) / 1000;
  if (typeof fd === 'number') closeSync(fd);
  if (r.status === null || r.status > 2) throw new Error(`quotes ${args.join(' ')} failed (${r.signal ?? r.status}): ${String(r.stderr).slice(0, 300)}`);
  return { s, status: r.status, stderr: String(r.stderr) };
}
/** The CLI on a stdin file under V8's --trace-opt and --trace-deopt: deoptimisations, TurboFan compiles and their compile time. */
function jitTrace(args, input) {
  const fd = openSync(input, 'r');
  const r = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', bin, ...args], { stdio: [fd, 'pipe', 'ignore'], maxBuffer: 1 << 28, encoding: 'utf8' });
  closeSync(fd);
  if (r.status === null || r.status > 2) throw new Error(`quotes ${args.join(' ')} under --trace-opt failed (${r.signal ?? r.status})`);
  let deopts = 0;
  let compiles = 0;
  let compileMs = 0;
  for (const line of r.stdout.split('\n')) {
    if (line.startsWith('[bailout (kind')) deopts++;
    const m = /^\[completed compiling .* took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/.exec(line);
    if (m) {
      compiles++;
      compileMs += Number(m[1]) + Number(m[2]) + Number(m[3]);
    }
  }
  return { deopts, compiles, compileMs };
}
function nodeTime(args) {
  const t0 = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}

/**
 * Peak RSS (MB), wall seconds and CPU seconds (user + system; NaN without /usr/bin/time) of the CLI on a
 * stdin file: /usr/bin/time -v, else the process's own resourceUsage.
 */
function peak(args, input) {
  const fd = openSync(input, 'r');
  const t0 = performance.now();
  let r;
  let rss;
  let cpu = NaN;
  if (existsSync('/usr/bin/time')) {
    r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...args], { stdio: [fd, 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(String(r.stderr))?.[1]) / 1024;
    cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(String(r.stderr))?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(String(r.stderr))?.[1]);
  } else {
    // run the CLI inside a wrapper that reports its own peak RSS on fd 3
    const wrapper = `process.argv.splice(1, 0, 'quotes'); process.on('exit', () => require('fs').writeSync(3, String(process.resourceUsage().maxRSS)));
      import(${JSON.stringify(pathToFileURL(join(root, 'dist/cli.js')).href)}).then((m) => m.main());`;
    r = spawnSync(process.execPath, ['-e', wrapper, '--', ...args], { stdio: [fd, 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
    rss = Number(String(r.output[3])) / 1024;
  }
  const s = (performance.now() - t0) / 1000;
  closeSync(fd);
  if (r.status === null || r.status > 2) throw new Error(`quotes ${args.join(' ')} failed: ${String(r.stderr).slice(-300)}`);
  return { rss, s, cpu };
}

const readJsonl = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** The machine's CPU counters (/proc/stat, Linux): total and stolen by the hypervisor for other guests. */
function cpuTicks() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: f.reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
  } catch {
    return null;
  }
}
const ticks0 = cpuTicks();

console.log(`quotes bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`${'      row'.padEnd(50)} ${'value'.padStart(14)}  ${'target'.padEnd(22)} note`);

const hasCorpora = existsSync(news);
const noCorpora = '../shared/corpora absent';

// --- throughput on news, and --jobs ----------------------------------------
let newsRate = NaN;
let newsTextBytes = 0;
let records = [];
if (hasCorpora) {
  records = readJsonl(news);
  newsTextBytes = records.reduce((n, r) => n + utf8(r.text), 0);
  const fileBytes = statSync(news).size;
  // --jobs 1 and --jobs 2 in turn, NEWS_RUNS times each: the medians (a shared
  // machine's other load comes and goes within seconds)
  const ones = [];
  const twos = [];
  for (let i = 0; i < NEWS_RUNS; i++) {
    ones.push(time(['--input-format', 'jsonl', '--jobs', '1'], news).s);
    twos.push(time(['--input-format', 'jsonl', '--jobs', '2'], news).s);
  }
  const one = median(ones);
  const two = median(twos);
  newsRate = newsTextBytes / MB / one;
  row('news, --jobs 1: MB of text per second', fmt(newsRate), '≥ 5 MB/s', newsRate >= 5, `${fmt(newsTextBytes / MB, 1)} MB of text (${fmt(fileBytes / MB, 1)} MB of JSONL) in ${fmt(one)} s (median of ${NEWS_RUNS}); ${fmt(fileBytes / MB / one)} MB/s of JSONL`);
  const rate2 = newsTextBytes / MB / two;
  row('news, --jobs 2: MB of text per second', fmt(rate2), '', null, `${fmt(two)} s (median of ${NEWS_RUNS})`);
  row('--jobs 2 / --jobs 1, news', `${fmt(rate2 / newsRate)}×`, '≥ 1.6×', rate2 / newsRate >= 1.6, availableParallelism() < 2 ? 'only one core: cannot reach it' : '');
  // What the JIT does during that run, which the clock on a shared machine hides: how often V8 threw optimised
  // code away (each time the function is compiled again) and how long TurboFan compiled, on its own thread,
  // while the code ran unoptimised. Counted from V8's traces in one more run (not timed).
  const jit = jitTrace(['--input-format', 'jsonl', '--jobs', '1'], news);
  row('news, --jobs 1: V8 deoptimisations', String(jit.deopts), '', null, `${jit.compiles} TurboFan compiles, their compile phases ${fmt(jit.compileMs / 1000, 1)} s in all (--trace-opt --trace-deopt; fewer deoptimisations, a shorter warm-up)`);
} else {
  for (const n of ['news, --jobs 1: MB of text per second', 'news, --jobs 2: MB of text per second', '--jobs 2 / --jobs 1, news', 'news, --jobs 1: V8 deoptimisations']) skip(n, noCorpora);
}

// --- the baseline: what a JS developer would write ---------------------------
if (hasCorpora) {
  const subset = [];
  let bytes = 0;
  for (const r of records) {
    if (bytes >= BASELINE_BYTES) break;
    subset.push(r.text);
    bytes += utf8(r.text);
  }
  const subsetFile = join(benchDir, 'baseline-texts.json');
  writeFileSync(subsetFile, JSON.stringify(subset));
  const script = `
    const texts = JSON.parse(require('fs').readFileSync(${JSON.stringify(subsetFile)}, 'utf8'));
    let t0 = performance.now();
    const nlp = require('compromise');
    const load = performance.now() - t0;
    t0 = performance.now();
    let n = 0;
    for (const t of texts) n += nlp(t).quotations().length;
    console.log(JSON.stringify({ ms: performance.now() - t0, load, n }));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  const { ms, load } = JSON.parse(r.stdout);
  const rate = bytes / MB / (ms / 1000);
  row('compromise nlp(text).quotations(): MB/s', fmt(rate, 3), '', null, `first ${subset.length} documents (${fmt(bytes / MB)} MB of text), load ${fmt(load, 0)} ms excluded`);
  const ratio = newsRate / rate;
  row('quotes --jobs 1 / compromise', `${fmt(ratio, 1)}×`, '≥ 30×', ratio >= 30, 'quotes on the whole file, compromise on its first MB');
} else {
  skip('compromise nlp(text).quotations(): MB/s', noCorpora);
  skip('quotes --jobs 1 / compromise', noCorpora);
}

// --- start-up -----------------------------------------------------------------
{
  // a 5 KB article of our own: the fixtures/jobs articles, joined
  const parts = readdirSync(join(root, 'fixtures/jobs')).filter((n) => n.endsWith('.txt')).sort();
  let article = '';
  for (const p of parts) if (utf8(article) < 5000) article += readFileSync(join(root, 'fixtures/jobs', p), 'utf8') + '\n';
  const articleFile = join(benchDir, 'article-5k.txt');
  writeFileSync(articleFile, article);
  const base = [];
  const version = [];
  const small = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    base.push(nodeTime(['-e', '0']));
    version.push(time(['--version']).s);
    small.push(time([articleFile]).s);
  }
  const b = median(base);
  const v = median(version);
  const a = median(small);
  row('node -e 0: ms', fmt(b * 1000, 0), '', null, `median of ${STARTUP_RUNS}`);
  row('quotes --version: ms', fmt(v * 1000, 0), '≤ 1.5× node -e 0', v <= 1.5 * b, `${fmt(v / b)}× node -e 0`);
  row(`quotes on a ${fmt(utf8(article) / 1000, 1)} KB article: ms`, fmt(a * 1000, 0), '≤ 3× node -e 0', a <= 3 * b, `${fmt(a / b)}× node -e 0`);
}

// --- a long document ----------------------------------------------------------
if (existsSync(novels) && hasCorpora) {
  const all = readJsonl(novels);
  const novel = all.reduce((best, r) => (Math.abs(r.text.length - 700_000) < Math.abs(best.text.length - 700_000) ? r : best));
  const novelFile = join(benchDir, 'novel.txt');
  writeFileSync(novelFile, novel.text);
  const bytes = utf8(novel.text);
  const s = median([0, 1, 2].map(() => time([novelFile]).s));
  const rate = bytes / MB / s;
  const name = novel.id.replace(/^.*:/, '');
  row(`novel (${name}, ${fmt(bytes / MB)} MB) as one input: MB/s`, fmt(rate), '', null, `median of 3, ${fmt(s)} s with start-up`);
  row('novel / news, CLI (start-up included)', `${fmt(rate / newsRate)}×`, '', null, 'start-up weighs more on 0.7 MB than on 11 MB');
  // the same two inputs in one process, after a warm-up: the engine alone
  const script = `
    const { readFileSync } = await import('node:fs');
    const { extractQuotes } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)});
    const texts = readFileSync(${JSON.stringify(news)}, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l).text);
    const novel = readFileSync(${JSON.stringify(novelFile)}, 'utf8');
    // a first pass over both warms every code path (JIT, caches, compromise if a word needs it); then the median of three
    const cold0 = performance.now();
    for (const t of texts) extractQuotes(t);
    const coldMs = performance.now() - cold0;
    extractQuotes(novel);
    const newsRuns = [];
    const novelRuns = [];
    for (let i = 0; i < 3; i++) {
      let t0 = performance.now();
      for (const t of texts) extractQuotes(t);
      newsRuns.push(performance.now() - t0);
      t0 = performance.now();
      extractQuotes(novel);
      novelRuns.push(performance.now() - t0);
    }
    const mid = (xs) => xs.sort((a, b) => a - b)[1];
    console.log(JSON.stringify({ newsMs: mid(newsRuns), novelMs: mid(novelRuns), coldMs }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const { newsMs, novelMs, coldMs } = JSON.parse(r.stdout);
  const engineNews = newsTextBytes / MB / (newsMs / 1000);
  const engineNovel = bytes / MB / (novelMs / 1000);
  // the first pass runs while V8 is still compiling the engine: the JIT's warm-up, apart from start-up
  row('engine alone (in-process), first pass: news MB/s', fmt(newsTextBytes / MB / (coldMs / 1000)), '', null, `${fmt(coldMs / 1000)} s, ${fmt(coldMs / newsMs)}× a warm pass (the JIT's warm-up, and compromise's load if a word needs the tagger)`);
  row('engine alone (in-process): news MB/s', fmt(engineNews), '', null, 'extractQuotes on every text, warm: median of 3 passes after one');
  row('engine alone (in-process): novel MB/s', fmt(engineNovel), '', null, `${fmt(novelMs / 1000)} s, warm: median of 3`);
  row('novel / news, engine alone', `${fmt(engineNovel / engineNews)}×`, '≥ 0.8×', engineNovel / engineNews >= 0.8);
} else {
  for (const n of ['novel as one input: MB/s', 'novel / news, CLI (start-up included)', 'engine alone (in-process), first pass: news MB/s', 'engine alone (in-process): news MB/s', 'engine alone (in-process): novel MB/s', 'novel / news, engine alone']) skip(n, noCorpora);
}

// --- memory on a long stream --------------------------------------------------
if (hasCorpora) {
  const stream = join(benchDir, 'stream-60mb.jsonl');
  if (!existsSync(stream) || statSync(stream).size < STREAM_BYTES) {
    const out = createWriteStream(stream);
    let written = 0;
    for (let copy = 0; written < STREAM_BYTES; copy++) {
      for (const r of records) {
        const line = JSON.stringify({ ...r, id: `${r.id}#${copy}` }) + '\n';
        written += utf8(line);
        if (!out.write(line)) await new Promise((res) => out.once('drain', res));
      }
    }
    await new Promise((res) => out.end(res));
  }
  const size = statSync(stream).size;
  const how = existsSync('/usr/bin/time') ? '/usr/bin/time -v' : 'process.resourceUsage()';
  const seconds = [];
  for (const jobs of [...new Set([1, availableParallelism()])]) {
    const { rss, s, cpu } = peak(['--input-format', 'jsonl', '--jobs', String(jobs)], stream);
    seconds.push(s);
    // (the cores it kept busy: V8 compiles and collects garbage on threads of its own)
    const cores = Number.isFinite(cpu) ? `, ${fmt(cpu / s, 2)} cores busy` : '';
    row(`peak RSS, ${fmt(size / MB, 0)} MB JSONL stream, --jobs ${jobs}: MB`, fmt(rss, 0), '≤ 200 MB', rss <= 200, `${fmt(s, 1)} s, ${fmt(size / MB / s, 1)} MB/s of JSONL${cores}; ${how}`);
  }
  // on a long stream the per-thread warm-up (JIT, compromise, caches) is amortised
  if (seconds.length === 2) {
    row(`--jobs ${availableParallelism()} / --jobs 1, ${fmt(size / MB, 0)} MB stream`, `${fmt(seconds[0] / seconds[1])}×`, '≥ 1.6×', seconds[0] / seconds[1] >= 1.6);
    // What this machine allows: the stream cut into one part per core, each part run by a
    // --jobs 1 process of its own, all at once: no threads shared, nothing handed between them.
    const ceiling = seconds[0] / await sideBySide(stream, availableParallelism());
    row(`${availableParallelism()} processes / one, ${fmt(size / MB, 0)} MB stream`, `${fmt(ceiling)}×`, '', null, `the stream in ${availableParallelism()} parts, a --jobs 1 process each, side by side: the ceiling --jobs ${availableParallelism()} is held to here`);
  }
} else skip('peak RSS on a 60 MB JSONL stream', noCorpora);

/** Wall seconds for `parts` --jobs 1 processes, each on its own slice of the lines of `file`, run at once. */
async function sideBySide(file, parts) {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const paths = [];
  for (let k = 0; k < parts; k++) {
    const path = join(benchDir, `stream-part-${k + 1}-of-${parts}.jsonl`);
    const slice = lines.slice(Math.floor((k * lines.length) / parts), Math.floor(((k + 1) * lines.length) / parts));
    writeFileSync(path, slice.join('\n') + '\n');
    paths.push(path);
  }
  const t0 = performance.now();
  await Promise.all(paths.map((path) => new Promise((resolve, reject) => {
    const fd = openSync(path, 'r');
    const child = spawn(process.execPath, [bin, '--input-format', 'jsonl', '--jobs', '1'], { stdio: [fd, 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      closeSync(fd);
      if (signal || code > 2) reject(new Error(`quotes on ${path} failed (${signal ?? code})`));
      else resolve();
    });
  })));
  return (performance.now() - t0) / 1000;
}

// --- adversarial inputs (scripts/adversarial.mjs, when present) ---------------
// adversarialInputs(size) → [{name, ext, text, known?}]: 1 MB each, except the
// shapes marked `known` (known to be slow), which run at 20 KB.
const adversarial = join(root, 'scripts/adversarial.mjs');
if (existsSync(adversarial)) {
  const mod = await import(pathToFileURL(adversarial).href);
  if (typeof mod.adversarialInputs !== 'function') skip('adversarial inputs', 'scripts/adversarial.mjs exports no adversarialInputs(size)');
  else {
    const big = mod.adversarialInputs(1_000_000);
    const small = new Map(mod.adversarialInputs(20_000).map((c) => [c.name, c]));
    let proseRate = NaN;
    for (const c of big) {
      const item = c.known ? small.get(c.name) ?? c : c;
      const file = join(benchDir, `adversarial-${String(item.name).replace(/[^\w.-]+/g, '_')}.${item.ext ?? 'txt'}`);
      writeFileSync(file, item.text);
      const bytes = statSync(file).size;
      const run = await timeLimited([file], 30);
      const t = run?.seconds ?? null;
      // (exit 0: quotes, 1: none; anything else is a failure, whose time says nothing of speed)
      const failed = run !== null && run.code > 1;
      const rate = t === null || failed ? 0 : bytes / MB / t;
      if (item.name === 'prose') proseRate = rate;
      const vs = Number.isFinite(proseRate) && item.name !== 'prose' ? `, ${fmt(rate / proseRate)}× prose` : '';
      row(`adversarial ${item.name} (${fmt(bytes / 1000, 0)} KB): MB/s`, t === null ? '> 30 s' : failed ? `exit ${run.code}` : fmt(rate), '', failed ? false : null, t === null ? 'killed after 30 s' : failed ? `failed after ${fmt(t)} s` : `${fmt(t)} s${vs}${item.known ? `; known: ${item.known}` : ''}`);
    }
  }
} else skip('adversarial inputs', 'scripts/adversarial.mjs not present');

/** Wall seconds and exit code of the CLI on `args`, or null when it runs past `limit` seconds (then it is killed). */
function timeLimited(args, limit) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), limit * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? null : { seconds: (performance.now() - t0) / 1000, code: code ?? 0 });
    });
  });
}

const missed = rows.filter((r) => r.pass === false).map((r) => r.name);
const ticks1 = cpuTicks();
const steal = ticks0 && ticks1 && ticks1.total > ticks0.total ? (100 * (ticks1.steal - ticks0.steal)) / (ticks1.total - ticks0.total) : null;
writeFileSync(join(benchDir, 'last.json'), JSON.stringify({ node: process.version, cores: availableParallelism(), load: loadavg(), stealPercent: steal, rows }, null, 2));
console.log(`\nload average now ${loadavg().map((x) => x.toFixed(2)).join(' ')}${steal === null ? '' : `; CPU time stolen by the host during the run: ${fmt(steal, 1)}%`}; ${missed.length ? `targets missed: ${missed.length}` : 'every target met'} (rows also in .bench/last.json)`);
