import type { CertificateStatus, CertificateSummary } from '@/api/results'
import { CERTIFICATE_STATUSES } from '@/api/results'

/** A licence that ends within this many days is flagged, with the way to renew it. */
export const EXPIRY_WARNING_DAYS = 60

export type Tone = 'success' | 'warning' | 'danger' | 'info'

/** The colour of each status; the status is always written out too (colour is never the only cue). */
export const STATUS_TONES: Record<CertificateStatus, Tone> = {
  VALID: 'success',
  EXPIRED: 'warning',
  REVOKED: 'danger',
  INVALID: 'danger',
}

/** The register's status as one of the four known ones; anything else is treated as not valid. */
export function certificateStatus(value: string | undefined | null): CertificateStatus {
  return (CERTIFICATE_STATUSES as readonly string[]).includes(value ?? '') ? (value as CertificateStatus) : 'INVALID'
}

/** A valid certificate that runs out within EXPIRY_WARNING_DAYS days (today included). */
export function expiresSoon(c: Pick<CertificateSummary, 'status' | 'daysLeft'>): boolean {
  return (
    certificateStatus(c.status) === 'VALID' &&
    typeof c.daysLeft === 'number' &&
    c.daysLeft >= 0 &&
    c.daysLeft <= EXPIRY_WARNING_DAYS
  )
}

/**
 * The in-app path of a certificate's verification page: the path and query of its verification URL when that
 * URL points at /verify/ (the public address may be another host name for this same app), else /verify/<number>.
 */
export function verificationPath(c: Pick<CertificateSummary, 'number' | 'verificationUrl'>): string {
  const url = c.verificationUrl
  if (url) {
    try {
      const parsed = new URL(url, 'http://localhost')
      if (parsed.pathname.startsWith('/verify/')) return `${parsed.pathname}${parsed.search}`
    } catch {
      // not a URL: fall through
    }
  }
  return `/verify/${encodeURIComponent(c.number ?? '')}`
}

/**
 * What was typed into the lookup form: a certificate number, or a whole verification address pasted from
 * a document (…/verify/<number>?s=<code>), whose number and code are taken out.
 */
export function parseLookup(numberInput: string, codeInput = ''): { number: string; s?: string } {
  const text = numberInput.trim()
  const match = /\/verify\/([^?#\s/]+)(?:\?([^#\s]*))?/.exec(text)
  let number = text
  let s = codeInput.trim()
  if (match) {
    number = decodeURIComponent(match[1]!)
    const fromUrl = new URLSearchParams(match[2] ?? '').get('s')
    if (!s && fromUrl) s = fromUrl
  }
  number = number.replace(/\s+/g, '').toUpperCase()
  return s ? { number, s } : { number }
}

/** Saves a Blob under a file name (a temporary link, clicked). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
