export { api, http, setAuthHooks, setLanguageSource, type AuthHooks } from './client'
export { ApiError, isApiError } from './errors'
export * from './types'
