import type { MaterialView } from '@/api'
import { applicationsApi } from '@/api/applications'

/** Fetches an uploaded material (with the bearer token) and saves it under its file name. */
export async function downloadMaterial(caseId: string, material: MaterialView): Promise<void> {
  if (!material.id) return
  const blob = await applicationsApi.downloadMaterial(caseId, material.id)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = material.fileName ?? 'material'
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
