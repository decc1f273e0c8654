#!/usr/bin/env node
// Applications benchmark: the staff workbench's queue and case view, the applicant's own list, and the
// whole applicant path (draft, materials, form, submit), against a running portal seeded with
// perf/seed-applications.sql. Prints latency percentiles and throughput; a report, never a pass/fail test.
//   node perf/applications.mjs [baseUrl=http://localhost:8080] [requests=500] [concurrency=16]
//                              [paths=200] [pathConcurrency=8] [itemCode=100010100000]
// Every read endpoint runs a warm-up round of the same size first; the applicant path warms up with a
// quarter of its paths. Any non-2xx answer counts as a failure, and the first of each endpoint is printed.
// The load average printed first should be low (< 1 on 2 cores): the run itself drives it up, so the one
// printed last says little.
// Logs in once per account (the portal limits logins per address) and again when a token nears its end.
import { loadavg } from 'node:os';

const [base = 'http://localhost:8080', total = '500', concurrency = '16', pathTotal = '200', pathConc = '8',
  itemCode = '100010100000'] = process.argv.slice(2);
const requests = Number(total);
const workers = Number(concurrency);
const paths = Number(pathTotal);
const pathWorkers = Number(pathConc);
const password = process.env.ONEVISIT_DEMO_PASSWORD ?? 'OneVisit-2018!';
const ENTERPRISE = '91330282MA2CX1A7U1';
const STAFF = 'window';

// --- accounts -------------------------------------------------------------------------------------
const tokens = new Map();
async function token(username) {
  const held = tokens.get(username);
  if (held && performance.now() - held.at < 12 * 60_000) return held.token; // tokens last 15 min
  for (;;) {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    if (res.status === 429) { // per-address login limit: wait as told
      const wait = Number(res.headers.get('retry-after') ?? 30);
      console.error(`login of ${username} limited, waiting ${wait} s`);
      await new Promise((r) => setTimeout(r, wait * 1000));
      continue;
    }
    if (!res.ok) throw new Error(`login of ${username}: ${res.status} ${await res.text()}`);
    const { accessToken } = await res.json();
    tokens.set(username, { token: accessToken, at: performance.now() });
    return accessToken;
  }
}

async function call(username, method, path, { json, form, headers = {} } = {}) {
  const h = { authorization: `Bearer ${await token(username)}`, ...headers };
  let body;
  if (json !== undefined) {
    h['content-type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  const t0 = performance.now();
  const res = await fetch(base + path, { method, headers: h, body });
  const text = await res.text();
  return { status: res.status, ok: res.ok, text, ms: performance.now() - t0 };
}

// --- statistics -----------------------------------------------------------------------------------
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function stats(name, latencies, seconds, count, failures, example) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { name, rps: count / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95),
    p99: percentile(sorted, 99), count, failures, example };
}

const rows = [];
function print(r, unit = 'req/s') {
  rows.push(r);
  const rate = r.rps === null ? '-' : r.rps.toFixed(r.rps < 10 ? 1 : 0);
  console.log(r.name.padEnd(36), rate.padStart(8), r.p50.toFixed(2).padStart(8), r.p95.toFixed(2).padStart(8),
    r.p99.toFixed(2).padStart(8), String(r.failures).padStart(7), unit === 'req/s' ? '' : ` (${unit})`);
  if (r.example) console.log(`  first failure: ${r.example}`);
}

function failure(res) {
  return `${res.status} ${res.text.replace(/\s+/g, ' ').slice(0, 300)}`;
}

/** N calls of `request()` at concurrency C; request(i) answers {ok, status, text, ms}. */
async function pool(n, c, request) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  let example = null;
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(c, n) }, async () => {
    while (next < n) {
      const i = next++;
      const res = await request(i);
      if (!res.ok) {
        failures++;
        example ??= failure(res);
      }
      latencies.push(res.ms);
    }
  }));
  return { latencies, seconds: (performance.now() - started) / 1000, failures, example };
}

// --- the applicant path ---------------------------------------------------------------------------
/** A small valid PDF (one empty page), with a correct cross-reference table. */
function pdf() {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

// Samples for fields with a pattern: the first that matches is used.
const PATTERN_SAMPLES = ['慈溪安全生产', '甲苯', '慈安监〔2026〕12号', '浙甬安经（乙）字〔2026〕123号', '1234567890', 'A1'];

/** A valid, complete form for the item's form definition. */
function formData(fields) {
  const data = {};
  for (const f of fields) {
    const max = f.max ?? (f.type === 'textarea' ? 2000 : 200);
    switch (f.type) {
      case 'number': data[f.key] = Math.min(max, Math.max(f.min ?? 1, 1)); break;
      case 'date': data[f.key] = '2026-11-20'; break;
      case 'select': data[f.key] = f.options[0]; break;
      case 'mobile': data[f.key] = '13805740001'; break;
      case 'checkbox': data[f.key] = true; break;
      case 'creditCode': data[f.key] = ENTERPRISE; break;
      case 'idNumber': data[f.key] = '330282199001011231'; break;
      default: { // text, textarea
        if (f.pattern) {
          const sample = PATTERN_SAMPLES.find((s) => new RegExp(f.pattern).test(s));
          if (sample) data[f.key] = sample;
          else if (f.required) throw new Error(`no sample for the pattern of ${f.key}: ${f.pattern}`);
          break;
        }
        let text = '慈溪市安全生产性能测试填报内容';
        while (text.length < (f.min ?? 0)) text += text;
        data[f.key] = text.slice(0, Math.max(f.min ?? 0, Math.min(max, 12)));
      }
    }
  }
  return data;
}

const guide = await (await fetch(`${base}/api/items/${itemCode}`)).json();
const required = guide.materials.filter((m) => m.necessity === 'REQUIRED').map((m) => m.code);
const form = formData(guide.form.fields);
const file = pdf();
const runId = Date.now().toString(36);

const steps = ['create draft', 'upload material', 'save form (PUT)', 'submit'];
function newTally() {
  return { latencies: Object.fromEntries(steps.map((s) => [s, []])),
    failures: Object.fromEntries(steps.map((s) => [s, 0])), examples: {}, path: [], pathFailures: 0 };
}

/** One applicant path; stops at the first failed step. */
async function applicantPath(i, tally) {
  const t0 = performance.now();
  const step = (name, res) => {
    tally.latencies[name].push(res.ms);
    if (!res.ok) {
      tally.failures[name]++;
      tally.examples[name] ??= failure(res);
    }
    return res.ok;
  };
  const created = await call(ENTERPRISE, 'POST', '/api/applications', { json: { itemCode, formData: {} } });
  if (!step('create draft', created)) return tally.pathFailures++;
  const draft = JSON.parse(created.text);
  let version = draft.version;
  for (const code of required) {
    const body = new FormData();
    body.append('materialCode', code);
    body.append('file', new Blob([file], { type: 'application/pdf' }), `${code}.pdf`);
    const up = await call(ENTERPRISE, 'POST', `/api/applications/${draft.id}/materials`, { form: body });
    if (!step('upload material', up)) return tally.pathFailures++;
    version++; // an upload touches the case (updated_at), which bumps its version
  }
  const saved = await call(ENTERPRISE, 'PUT', `/api/applications/${draft.id}`, { json: { formData: form, version } });
  if (!step('save form (PUT)', saved)) return tally.pathFailures++;
  const submitted = await call(ENTERPRISE, 'POST', `/api/applications/${draft.id}/submit`, {
    json: { version: JSON.parse(saved.text).version }, headers: { 'Idempotency-Key': `perf-${runId}-${i}` },
  });
  if (!step('submit', submitted)) return tally.pathFailures++;
  tally.path.push(performance.now() - t0);
  return 0;
}

async function applicantPaths(n, offset) {
  const tally = newTally();
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(pathWorkers, n) }, async () => {
    while (next < n) await applicantPath(offset + next++, tally);
  }));
  return { tally, seconds: (performance.now() - started) / 1000 };
}

// --- run ------------------------------------------------------------------------------------------
const header = () => console.log('endpoint'.padEnd(36), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8),
  'p99 ms'.padStart(8), 'failed'.padStart(7));

// What to search for, taken from the queue itself.
const first = await call(STAFF, 'GET', '/api/workbench/applications?size=100');
if (!first.ok) throw new Error(`workbench queue: ${failure(first)}`);
const queue = JSON.parse(first.text);
if (queue.items.length === 0) throw new Error('the workbench queue is empty: seed the database first (perf/seed-applications.sql)');
const sample = queue.items[0];
const name = sample.applicantName;
const prefix = name.slice(0, Math.min(5, Math.max(1, name.length - 1)));
const caseIds = queue.items.map((a) => a.id);
const done = await call(STAFF, 'GET', '/api/workbench/applications?state=COMPLETED&page=25&size=20');
const doneNumber = JSON.parse(done.text).items[0]?.number ?? sample.number;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`${requests} requests per endpoint, concurrency ${workers}, against ${base}; load average ${load()}`);
console.log(`queue: ${queue.total} active cases (${Object.entries(queue.counts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
const enc = encodeURIComponent;
const reads = {
  'queue (default, page of 20)': [STAFF, '/api/workbench/applications'],
  'queue state=SUBMITTED': [STAFF, '/api/workbench/applications?state=SUBMITTED'],
  'queue due=OVERDUE': [STAFF, '/api/workbench/applications?due=OVERDUE'],
  [`queue item=${sample.itemCode}`]: [STAFF, `/api/workbench/applications?item=${sample.itemCode}`],
  [`queue q=<case number>`]: [STAFF, `/api/workbench/applications?q=${sample.number}`],
  'queue q=<name prefix>': [STAFF, `/api/workbench/applications?q=${enc(prefix)}`],
  'queue page=200 (deep)': [STAFF, '/api/workbench/applications?page=200'],
  // not in the default queue: a search over the finished cases (most of the table)
  'queue state=COMPLETED q=<number>': [STAFF, `/api/workbench/applications?state=COMPLETED&q=${doneNumber}`],
  'queue state=COMPLETED q=<prefix>': [STAFF, `/api/workbench/applications?state=COMPLETED&q=${enc(prefix)}`],
  'case view (workbench, 100 cases)': [STAFF, (i) => `/api/workbench/applications/${caseIds[i % caseIds.length]}`],
  "applicant's own list": [ENTERPRISE, '/api/applications?page=0&size=20'],
};
console.log(`q searches: case number ${sample.number} (active), ${doneNumber} (completed), applicant name prefix `
  + `"${prefix}"; item ${sample.itemCode}`);
header();
for (const [label, [user, path]] of Object.entries(reads)) {
  const at = typeof path === 'function' ? path : () => path;
  await pool(requests, workers, (i) => call(user, 'GET', at(i))); // warm-up round (JIT, caches)
  const r = await pool(requests, workers, (i) => call(user, 'GET', at(i)));
  print(stats(label, r.latencies, r.seconds, requests, r.failures, r.example));
}

console.log(`\napplicant path: item ${itemCode}, ${required.length} required materials (${file.length}-byte PDF each), `
  + `${paths} paths at concurrency ${pathWorkers}`);
header();
await applicantPaths(Math.max(pathWorkers, Math.round(paths / 4)), 1_000_000); // warm-up
const { tally, seconds } = await applicantPaths(paths, 0);
for (const s of steps) {
  const n = tally.latencies[s].length;
  print(stats(`  ${s}`, tally.latencies[s], seconds, n, tally.failures[s], tally.examples[s]), `${n} calls`);
}
print(stats('whole path (paths/s)', tally.path, seconds, tally.path.length, tally.pathFailures, null),
  `${tally.path.length} of ${paths} paths completed`);
console.log('(step req/s = that step\'s calls per second of the whole run, while all steps run together)');
console.log(`load average at the end ${load()} (raised by the run itself; compare runs started on a quiet machine only)`);
