import { currentAccessToken, currentLanguage } from './client'
import { ApiError, toProblem } from './errors'

/** Largest upload the server accepts by default (onevisit.storage.max-upload-size). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024
/** What the server accepts, recognised there by content; the browser checks the name first. */
export const ACCEPTED_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.ofd'] as const

/**
 * Sends a multipart form with XMLHttpRequest (fetch cannot report upload progress), with the
 * session's bearer token. Resolves with the parsed JSON answer; rejects with an ApiError.
 */
export async function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress?: (percent: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const token = await currentAccessToken()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', currentLanguage())
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onload = () => {
      let body: unknown
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        body = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(new ApiError(xhr.status, toProblem(body)))
    }
    xhr.onerror = () => reject(new ApiError(0))
    xhr.onabort = () => reject(new ApiError(0))
    signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(form)
  })
}

/** GETs a protected file or page (a material, a printable notice) as a Blob, with the bearer token. */
export async function fetchBlob(path: string): Promise<Blob> {
  const token = await currentAccessToken()
  const headers: Record<string, string> = { 'Accept-Language': currentLanguage() }
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await globalThis.fetch(path, { headers })
  } catch (cause) {
    throw new ApiError(0, undefined, { cause })
  }
  if (!response.ok) {
    let body: unknown
    try {
      body = await response.json()
    } catch {
      body = undefined
    }
    throw new ApiError(response.status, toProblem(body))
  }
  return response.blob()
}

/** Opens a protected HTML page (a printable notice) in a new tab, from a Blob URL. */
export async function openProtectedPage(path: string): Promise<void> {
  const win = window.open('', '_blank')
  const blob = await fetchBlob(path)
  const url = URL.createObjectURL(new Blob([await blob.text()], { type: 'text/html;charset=utf-8' }))
  if (win) win.location.href = url
  else window.location.href = url
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
