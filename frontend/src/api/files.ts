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
  return (await fetchFile(path)).blob
}

/**
 * The file name of a Content-Disposition header: the exact one of `filename*=UTF-8''…` (RFC 8187), else the
 * plain `filename="…"`, else undefined.
 */
export function dispositionFileName(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"/i.exec(header)
  return plain?.[1] || undefined
}

/** GETs a protected file with the bearer token: its content and the name the server gives it. */
export async function fetchFile(path: string): Promise<{ blob: Blob; fileName?: string }> {
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
  return { blob: await response.blob(), fileName: dispositionFileName(response.headers.get('Content-Disposition')) }
}

/**
 * Saves a protected document (a printable notice) under the name the server gives it
 * (`Content-Disposition: …; filename*=UTF-8''<case number>-<title>.html`). It is fetched with the session's bearer
 * token, so the document never has an address that works without the session, and saved by a link with the
 * `download` attribute, so the browser names the file by that name, never by a `blob:` address.
 * Resolves with the name used.
 */
export async function saveProtectedFile(path: string, fallbackName: string): Promise<string> {
  const { blob, fileName } = await fetchFile(path)
  const name = fileName ?? fallbackName
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return name
}
