export { api, http, setLanguageSource } from './client'
export { ApiError, isApiError } from './errors'
export * from './types'
