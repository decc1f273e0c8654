import { computed, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import {
  api,
  isApiError,
  setAuthHooks,
  STAFF_ROLES,
  type AccountView,
  type Kind,
  type LoginRequest,
  type RegisterRequest,
  type Role,
  type TokenResponse,
  type TotpEnrolment,
} from '@/api'
import { decodeAccessToken, type AccessClaims } from '@/utils/jwt'

/** The refresh token lives in sessionStorage (this tab only, gone with it); the access token only in memory. */
export const REFRESH_TOKEN_KEY = 'onevisit.refreshToken'
/** Renew this long before the access token runs out. */
export const REFRESH_AHEAD_MS = 60_000
/** A token this close to its end is renewed before it is sent. */
const NEARLY_EXPIRED_MS = 10_000
/** After a refresh that got no answer (network), try again this much later while the token lasts. */
const RETRY_MS = 15_000

function readRefreshToken(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(REFRESH_TOKEN_KEY) ?? undefined
  } catch {
    return undefined
  }
}

function writeRefreshToken(value: string | undefined): void {
  try {
    if (value) globalThis.sessionStorage?.setItem(REFRESH_TOKEN_KEY, value)
    else globalThis.sessionStorage?.removeItem(REFRESH_TOKEN_KEY)
  } catch {
    // storage blocked: the session lasts until the page is reloaded
  }
}

/** Why a session ended without the person asking: shown once on the next page. */
export type SessionEnd = 'expired' | undefined

/**
 * The login session: the access token (memory), the refresh token (sessionStorage), the token's claims,
 * the account as /api/me returns it. Renews the access token shortly before it runs out and after a 401
 * (one refresh at a time: concurrent callers share it), and restores the session on reload by refreshing.
 */
export const useAuthStore = defineStore('auth', () => {
  const accessToken = shallowRef<string>()
  /** When the access token runs out, by this browser's clock (from expiresIn, so clock skew does not matter). */
  const expiresAt = ref(0)
  const account = shallowRef<AccountView>()
  /** An administrator without a second factor: must enrol before the administrator role takes effect. */
  const mfaEnrolmentRequired = ref(false)
  const sessionEnd = ref<SessionEnd>()
  /** Whether init() has finished (the header waits for it rather than flash the login links). */
  const ready = ref(false)

  const claims = computed<AccessClaims | undefined>(() =>
    accessToken.value ? decodeAccessToken(accessToken.value) : undefined,
  )
  const isLoggedIn = computed(() => !!accessToken.value)
  /** The roles in force in this session (the token's `groups`). */
  const roles = computed<Role[]>(() => claims.value?.groups ?? [])
  const kind = computed<Kind | undefined>(() => claims.value?.kind ?? account.value?.kind)
  const isStaff = computed(() => kind.value === 'STAFF')
  const displayName = computed(() => account.value?.name ?? claims.value?.upn ?? '')

  function hasAnyRole(wanted: readonly Role[]): boolean {
    return wanted.some((r) => roles.value.includes(r))
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  /** Bumped when the session ends, so answers to calls made before are ignored. */
  let generation = 0
  let inflight: Promise<string | undefined> | undefined
  let restoring: Promise<void> | undefined

  function schedule(delay: number): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      void refresh()
    }, Math.max(delay, 1_000))
  }

  function setSession(tokens: TokenResponse): void {
    if (!tokens.accessToken || !tokens.refreshToken) throw new Error('The server sent no tokens.')
    const lifetimeMs = (tokens.expiresIn ?? 900) * 1000
    accessToken.value = tokens.accessToken
    expiresAt.value = Date.now() + lifetimeMs
    mfaEnrolmentRequired.value = tokens.mfaEnrolmentRequired === true
    sessionEnd.value = undefined
    writeRefreshToken(tokens.refreshToken)
    schedule(Math.max(lifetimeMs - REFRESH_AHEAD_MS, lifetimeMs / 2))
  }

  /** Forgets the session here (the server is told by logout(); this is also what an expired session does). */
  function clear(reason?: SessionEnd): void {
    generation++
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    inflight = undefined
    accessToken.value = undefined
    expiresAt.value = 0
    account.value = undefined
    mfaEnrolmentRequired.value = false
    sessionEnd.value = reason
    writeRefreshToken(undefined)
  }

  /**
   * Exchanges the refresh token for a new pair. Only one runs at a time: callers during one share it.
   * Resolves the new access token, or undefined when there is no session or it cannot be renewed: the
   * server refused the token (the session ends) or did not answer (the session stays, to try again).
   */
  function refresh(): Promise<string | undefined> {
    if (inflight) return inflight
    const token = readRefreshToken()
    if (!token) return Promise.resolve(undefined)
    const ticket = generation
    const wasLoggedIn = isLoggedIn.value
    const run = api
      .refresh(token)
      .then((tokens) => {
        if (ticket !== generation) return undefined
        setSession(tokens)
        return accessToken.value
      })
      .catch((error: unknown) => {
        if (ticket !== generation) return undefined
        if (isApiError(error) && (error.isNetwork || error.status >= 500 || error.status === 429)) {
          // No verdict on the token: keep the session and try again while the access token lasts.
          if (isLoggedIn.value && expiresAt.value - Date.now() > RETRY_MS) schedule(RETRY_MS)
          return undefined
        }
        clear(wasLoggedIn ? 'expired' : undefined)
        return undefined
      })
      .finally(() => {
        if (inflight === run) inflight = undefined
      })
    inflight = run
    return run
  }

  /** The token to send now, renewed first if it is about to run out. */
  async function currentAccessToken(): Promise<string | undefined> {
    if (!accessToken.value) return undefined
    if (expiresAt.value - Date.now() < NEARLY_EXPIRED_MS) {
      const renewed = await refresh()
      if (renewed) return renewed
    }
    return accessToken.value
  }

  /** After a 401 to a call that carried `stale`: renew once (or use a token another call already got). */
  async function renew(stale: string): Promise<string | undefined> {
    if (accessToken.value && accessToken.value !== stale) return accessToken.value
    if (!accessToken.value) return undefined
    return refresh()
  }

  setAuthHooks({ accessToken: currentAccessToken, renew })

  async function loadAccount(): Promise<AccountView | undefined> {
    const ticket = generation
    try {
      const me = await api.me()
      if (ticket === generation && isLoggedIn.value) account.value = me
      return account.value
    } catch (error) {
      // Not fatal: the header falls back to the login name from the token.
      if (isApiError(error) && error.status === 401) clear('expired')
      return undefined
    }
  }

  /**
   * Restores the session of this tab after a reload (once; later calls wait for the same).
   * The router waits for it before deciding whether a page needs a login.
   */
  function init(): Promise<void> {
    restoring ??= (async () => {
      try {
        if (isLoggedIn.value || !readRefreshToken()) return
        if (await refresh()) await loadAccount()
      } finally {
        ready.value = true
      }
    })()
    return restoring
  }

  /**
   * Logs in. Throws the ApiError of a refusal: `invalid-credentials`, `mfa-required` (staff with a second
   * factor: ask for the code and call again with `totp`), `mfa-invalid`, 429.
   */
  async function login(request: LoginRequest): Promise<TokenResponse> {
    const tokens = await api.login({
      username: request.username?.trim(),
      password: request.password,
      totp: request.totp?.trim() || undefined,
    })
    clear()
    setSession(tokens)
    await loadAccount()
    return tokens
  }

  /**
   * Signs up (throws the ApiError of a refusal), then logs in with the new account's login name (credit
   * code or ID number). `loggedIn` is false when the account was created but the login did not go through.
   */
  async function register(request: RegisterRequest): Promise<{ account: AccountView; loggedIn: boolean }> {
    const created = await api.register(request)
    try {
      await login({ username: created.username ?? request.creditCode ?? request.idNumber, password: request.password })
      return { account: created, loggedIn: true }
    } catch {
      return { account: created, loggedIn: false }
    }
  }

  /** Ends the session on the server (best effort) and here. */
  async function logout(): Promise<void> {
    const token = readRefreshToken()
    if (isLoggedIn.value) {
      try {
        await api.logout(token)
      } catch {
        // Already ended, or no network: forgetting the tokens here is what matters to the person.
      }
    }
    clear()
  }

  /** Changes the password. The server ends every session, this one included: forget it here too. */
  async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await api.changePassword({ currentPassword, newPassword })
    clear()
  }

  function startTotpEnrolment(): Promise<TotpEnrolment> {
    return api.startTotpEnrolment()
  }

  async function activateTotp(code: string): Promise<void> {
    await api.activateTotp(code)
    await loadAccount()
  }

  /** Whether the account is one of the staff (by kind, or by a staff role in force). */
  const isStaffAccount = computed(() => isStaff.value || hasAnyRole(STAFF_ROLES))
  /** Whether the staff workbench is open to this session (not before an administrator has enrolled). */
  const canUseWorkbench = computed(() => isStaffAccount.value && !mfaEnrolmentRequired.value)

  return {
    accessToken,
    expiresAt,
    account,
    claims,
    roles,
    kind,
    isLoggedIn,
    isStaff: isStaffAccount,
    canUseWorkbench,
    displayName,
    mfaEnrolmentRequired,
    sessionEnd,
    ready,
    hasAnyRole,
    init,
    login,
    register,
    refresh,
    logout,
    loadAccount,
    changePassword,
    startTotpEnrolment,
    activateTotp,
    clear,
  }
})
