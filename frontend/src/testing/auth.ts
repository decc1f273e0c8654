import type { AccountView, Kind, Role, TokenResponse } from '@/api'

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

let serial = 0

/** An unsigned JWT with the claims the backend puts in its access tokens (the browser never checks signatures). */
export function fakeJwt(claims: { sub?: string; upn?: string; groups?: Role[]; kind?: Kind; mfa?: boolean; exp?: number }) {
  const payload = {
    iss: 'https://onevisit.example.org',
    aud: 'onevisit',
    sub: claims.sub ?? '4c035538-d5b8-356d-8833-010db6f00b21',
    upn: claims.upn ?? 'WINDOW',
    groups: claims.groups ?? ['WINDOW'],
    kind: claims.kind ?? 'STAFF',
    mfa: claims.mfa ?? false,
    exp: claims.exp ?? Math.floor(Date.now() / 1000) + 900,
    jti: `jti-${++serial}`,
  }
  return `${base64Url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64Url(JSON.stringify(payload))}.c2lnbmF0dXJl`
}

/** A token pair as POST /api/auth/login and /refresh answer; each call makes new, distinct tokens. */
export function tokenPair(
  claims: Parameters<typeof fakeJwt>[0] = {},
  extra: Partial<TokenResponse> = {},
): TokenResponse {
  return {
    accessToken: fakeJwt(claims),
    refreshToken: `refresh-${++serial}`,
    expiresIn: 900,
    tokenType: 'Bearer',
    ...extra,
  }
}

export const enterpriseAccount: AccountView = {
  id: '0b6d3f7e-1f0e-4c55-9a43-5c1f2f3e4a11',
  kind: 'ENTERPRISE',
  username: '91330282MA2CX1A7U1',
  name: '慈溪市示范化工贸易有限公司',
  mobile: '13805740001',
  roles: ['ENTERPRISE'],
  creditCode: '91330282MA2CX1A7U1',
  legalRepresentative: '王建国',
  contactName: '李敏',
  address: '慈溪市浒山街道新城大道北路 1 号',
  town: '浒山街道',
  locked: false,
  createdAt: '2026-11-27T20:39:21.091Z',
}

export const staffAccount: AccountView = {
  id: '4c035538-d5b8-356d-8833-010db6f00b21',
  kind: 'STAFF',
  username: 'WINDOW',
  name: '窗口受理员',
  roles: ['WINDOW'],
  staffNumber: 'WINDOW',
  orgUnit: '慈溪市安全生产监督管理局',
  serviceLocation: '慈溪市行政服务中心 安监窗口',
  totpEnabled: false,
  locked: false,
  createdAt: '2026-11-27T20:39:21.091Z',
}

export const enterpriseClaims = {
  sub: enterpriseAccount.id,
  upn: '91330282MA2CX1A7U1',
  groups: ['ENTERPRISE'] as Role[],
  kind: 'ENTERPRISE' as Kind,
}

export const staffClaims = { sub: staffAccount.id, upn: 'WINDOW', groups: ['WINDOW'] as Role[], kind: 'STAFF' as Kind }
