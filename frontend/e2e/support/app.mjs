// Starts what the browser tests run against, and the browser itself.
//
// Without E2E_BASE_URL: the PACKAGED backend (../backend/target/quarkus-app/quarkus-run.jar, which serves
// the built frontend too) on a free port with a fresh data directory and itself as its public URL; it is stopped
// after the tests.
// With E2E_BASE_URL: that running server is used as it is.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const resultsDir = join(frontendDir, 'test-results')
const jar = resolve(frontendDir, '../backend/target/quarkus-app/quarkus-run.jar')
const READY_TIMEOUT_MS = 120_000

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function waitReady(baseUrl, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`The backend exited with code ${child.exitCode} before it was ready.`)
    }
    try {
      const response = await fetch(`${baseUrl}/q/health/ready`, { signal: AbortSignal.timeout(5_000) })
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`The backend was not ready within ${READY_TIMEOUT_MS / 1000} s.`)
}

/** Fails early, and clearly, when the server answers but does not serve the single-page app. */
async function assertServesFrontend(baseUrl) {
  const response = await fetch(`${baseUrl}/`, { headers: { Accept: 'text/html' } })
  const body = await response.text()
  if (response.status !== 200 || !body.includes('id="app"')) {
    throw new Error(
      `${baseUrl}/ does not serve the frontend (HTTP ${response.status}). ` +
        'Package the backend after the frontend\'s packages are installed (npm ci at the root), ' +
        'so that Quinoa builds frontend/dist into it.',
    )
  }
}

/** @returns {Promise<{ baseUrl: string, log: () => string, stop: () => Promise<void> }>} */
export async function startApp() {
  await mkdir(resultsDir, { recursive: true })
  if (process.env.E2E_BASE_URL) {
    const baseUrl = process.env.E2E_BASE_URL.replace(/\/+$/, '')
    await waitReady(baseUrl)
    await assertServesFrontend(baseUrl)
    return { baseUrl, log: () => '', stop: async () => {} }
  }
  if (!existsSync(jar)) {
    throw new Error(
      `No packaged backend at ${jar}. Build it first (mvn package in /backend builds the frontend into it), ` +
        'or point E2E_BASE_URL at a running server.',
    )
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'onevisit-e2e-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java'
  const output = []
  const child = spawn(java, ['-jar', jar], {
    cwd: dataDir,
    // ONEVISIT_PUBLIC_URL: the links in certificates' QR codes lead to this server, as a phone scanning one would go.
    env: { ...process.env, ONEVISIT_DATA_DIR: dataDir, QUARKUS_HTTP_PORT: String(port), ONEVISIT_PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', (chunk) => output.push(chunk))
  child.stderr.on('data', (chunk) => output.push(chunk))
  const exited = new Promise((r) => child.once('exit', r))
  const log = () => `----- backend log -----\n${Buffer.concat(output).toString('utf8')}\n----- end of backend log -----`

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const done = await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)])
      if (!done) {
        child.kill('SIGKILL')
        await exited
      }
    }
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 })
  }

  try {
    await waitReady(baseUrl, child)
    await assertServesFrontend(baseUrl)
  } catch (error) {
    await stop()
    throw new Error(`${error.message}\n${log()}`, { cause: error })
  }
  return { baseUrl, log, stop }
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe on the page and returns a readable list of the violations (empty when none). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n'),
  )
}

export function screenshotPath(name) {
  return join(resultsDir, `${name}.png`)
}

/** On a phone the header folds the navigation and the account menu behind one menu button: open it. */
export async function openSiteMenuIfFolded(page) {
  const toggle = page.getByTestId('site-menu-button')
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}
