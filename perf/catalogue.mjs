#!/usr/bin/env node
// Catalogue read benchmark: N requests at concurrency C against a running portal; prints latency
// percentiles and throughput per endpoint. A report, never a pass/fail test.
//   node perf/catalogue.mjs [baseUrl=http://localhost:8080] [requests=2000] [concurrency=16]
const [base = 'http://localhost:8080', total = '2000', concurrency = '16'] = process.argv.slice(2);
const requests = Number(total);
const workers = Number(concurrency);

const first = await (await fetch(`${base}/api/items?size=1`)).json();
const code = first.items[0]?.code;
const endpoints = {
  'list (page of 20)': '/api/items',
  'search q=危险化学品': `/api/items?q=${encodeURIComponent('危险化学品')}`,
  'filter zeroVisit': '/api/items?zeroVisit=true',
  'guide JSON': `/api/items/${code}`,
  'printable guide': `/api/items/${code}/guide`,
  'catalogue stats': '/api/stats/catalogue',
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(path) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < requests) {
      next++;
      const t0 = performance.now();
      const res = await fetch(base + path);
      await res.arrayBuffer();
      if (!res.ok) failures++;
      latencies.push(performance.now() - t0);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { path, rps: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95),
    p99: percentile(latencies, 99), failures };
}

console.log(`${requests} requests per endpoint, concurrency ${workers}, against ${base}`);
console.log('endpoint'.padEnd(24), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'failed'.padStart(7));
for (const [name, path] of Object.entries(endpoints)) {
  await run(path); // warm-up round (JIT, cache)
  const r = await run(path);
  console.log(name.padEnd(24), r.rps.toFixed(0).padStart(8), r.p50.toFixed(2).padStart(8), r.p95.toFixed(2).padStart(8),
    r.p99.toFixed(2).padStart(8), String(r.failures).padStart(7));
}
