import type { Kind, Role } from '@/api'

/** What the app reads from an access token (the server checks the signature; the browser only reads). */
export interface AccessClaims {
  sub: string
  /** The login name: credit code, ID number or staff number (upper case). */
  upn?: string
  /** Effective roles of this session (administrator roles only in a session opened with a one-time code). */
  groups: Role[]
  kind?: Kind
  /** Expiry, seconds since the epoch. */
  exp?: number
  /** Whether the session was opened with a one-time code. */
  mfa: boolean
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
  const binary = atob(base64)
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return new TextDecoder().decode(bytes)
}

/** Reads the payload of a JWT, or returns undefined if it is not one. */
export function decodeAccessToken(token: string): AccessClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>
    if (typeof payload.sub !== 'string') return undefined
    return {
      sub: payload.sub,
      upn: typeof payload.upn === 'string' ? payload.upn : undefined,
      groups: Array.isArray(payload.groups) ? (payload.groups.filter((g) => typeof g === 'string') as Role[]) : [],
      kind: typeof payload.kind === 'string' ? (payload.kind as Kind) : undefined,
      exp: typeof payload.exp === 'number' ? payload.exp : undefined,
      mfa: payload.mfa === true,
    }
  } catch {
    return undefined
  }
}
