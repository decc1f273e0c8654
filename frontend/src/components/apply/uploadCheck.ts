import { ACCEPTED_EXTENSIONS, MAX_UPLOAD_BYTES } from '@/api/files'
import type { Message } from '@/composables/useFormValidation'

/** The `accept` attribute of the file inputs: the extensions the server takes, with their media types. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, 'application/pdf', 'image/jpeg', 'image/png', 'application/ofd'].join(',')

/** Characters the server refuses in a file name (a path, or control characters). */
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\\/\u0000-\u001f\u007f]/

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

/** Megabytes with at most one decimal, for messages. */
export function megabytes(bytes: number): string {
  return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString()
}

/**
 * What is wrong with a chosen file before it is sent (the server checks the content too): an accepted
 * extension (.pdf .jpg .jpeg .png .ofd), not empty, at most 20 MB, a plain file name.
 */
export function checkFile(file: Pick<File, 'name' | 'size'>, maxBytes: number = MAX_UPLOAD_BYTES): Message | undefined {
  const extension = extensionOf(file.name)
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
    return { key: 'apply.upload.badType', params: { name: file.name } }
  }
  if (BAD_NAME.test(file.name)) return { key: 'apply.upload.badName' }
  if (file.size === 0) return { key: 'apply.upload.empty', params: { name: file.name } }
  if (file.size > maxBytes) {
    return { key: 'apply.upload.tooLarge', params: { size: megabytes(file.size), max: megabytes(maxBytes) } }
  }
  return undefined
}
