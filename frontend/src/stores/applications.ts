import { computed, reactive, ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import {
  api,
  isApiError,
  type ApplicationPage,
  type ApplicationView,
  type DeliveryChoice,
  type FieldError,
  type Guide,
  type MaterialView,
} from '@/api'
import {
  applicationsApi,
  newIdempotencyKey,
  type ApplicantMove,
  type ApplicationFilters,
  type ApplicationFormData,
} from '@/api/applications'
import { useGuidesStore } from './guides'

/** The server's field errors of a failed save or submission, sorted by where they belong. */
export interface ProblemMap {
  /** By form field key (`formData.<key>`). */
  fields: Record<string, string>
  /** By material code (`materials.<CODE>`). */
  materials: Record<string, string>
  /** Anything else (itemCode, version …). */
  other: string[]
  /** By delivery field (`delivery.<field>`: method, address, recipient, mobile, postcode). */
  delivery: Record<string, string>
}

export function emptyProblems(): ProblemMap {
  return { fields: {}, materials: {}, other: [], delivery: {} }
}

/**
 * Sorts a problem's `errors` by field: `formData.<key>` to the form field, `materials.<CODE>` to the
 * material's upload slot, the rest apart. Several messages for one place are joined.
 */
export function mapProblemErrors(errors: FieldError[] | undefined, joiner = '；'): ProblemMap {
  const map = emptyProblems()
  const add = (target: Record<string, string>, key: string, message: string) => {
    target[key] = target[key] ? `${target[key]}${joiner}${message}` : message
  }
  for (const error of errors ?? []) {
    const field = error.field ?? ''
    const message = error.message ?? ''
    if (!message) continue
    if (field.startsWith('formData.') && field.length > 'formData.'.length) {
      add(map.fields, field.slice('formData.'.length), message)
    } else if (field.startsWith('materials.') && field.length > 'materials.'.length) {
      add(map.materials, field.slice('materials.'.length), message)
    } else if (field.startsWith('delivery.') && field.length > 'delivery.'.length) {
      add(map.delivery, field.slice('delivery.'.length), message)
    } else {
      map.other.push(message)
    }
  }
  return map
}

/** A success to announce on the next page (the case page after a submission …). */
export interface Flash {
  kind: 'submitted' | 'resubmitted' | 'withdrawn' | 'saved'
  id: string
}

/** Thrown by save() when the case changed elsewhere: it has been reloaded. */
export function isStale(error: unknown): boolean {
  return isApiError(error) && error.status === 409
}

/**
 * The applicant's case being worked on (a draft, a correction, or just being read), the item's guide,
 * the server's verdict on the last save or move, and the list of "my applications".
 */
export const useApplicationsStore = defineStore('applications', () => {
  const current = shallowRef<ApplicationView>()
  const guide = shallowRef<Guide>()
  const loading = ref(false)
  const loadError = shallowRef<unknown>()
  const problems = ref<ProblemMap>(emptyProblems())
  /** The problem's detail of the last failed save or move ('' when none). */
  const problemDetail = ref('')
  const flash = shallowRef<Flash>()
  /** Idempotency keys of moves that got no answer (network): a retry sends the same key. */
  const pendingKeys = reactive(new Map<string, string>())
  /** Uploads under way: saving and moving wait for them (each upload changes the case's version). */
  const uploadsInFlight = ref(0)
  let sequence = 0

  const id = computed(() => current.value?.id)

  function clearProblems(): void {
    problems.value = emptyProblems()
    problemDetail.value = ''
  }

  function setProblems(error: unknown): void {
    if (!isApiError(error)) return
    problems.value = mapProblemErrors(error.fieldErrors)
    problemDetail.value = error.detail ?? ''
  }

  function clearFieldProblem(key: string): void {
    if (!(key in problems.value.fields)) return
    const fields = { ...problems.value.fields }
    delete fields[key]
    problems.value = { ...problems.value, fields }
  }

  function clearMaterialProblem(code: string): void {
    if (!(code in problems.value.materials)) return
    const materials = { ...problems.value.materials }
    delete materials[code]
    problems.value = { ...problems.value, materials }
  }

  /** The guide of an item (from the guides cache when it was read already). */
  async function loadGuide(code: string): Promise<Guide> {
    const guides = useGuidesStore()
    const cached = guides.byCode.get(code)
    if (cached) return cached
    const fetched = await api.getGuide(code)
    guides.byCode.set(code, fetched)
    return fetched
  }

  /** Starts a new application for an item: only its guide is needed until the first save. */
  async function startNew(code: string): Promise<void> {
    const ticket = ++sequence
    current.value = undefined
    guide.value = undefined
    loadError.value = undefined
    clearProblems()
    loading.value = true
    try {
      const g = await loadGuide(code)
      if (ticket === sequence) guide.value = g
    } catch (error) {
      if (ticket === sequence) loadError.value = error
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  /** Opens one of the applicant's cases, with its item's guide. */
  async function open(caseId: string): Promise<void> {
    const ticket = ++sequence
    loadError.value = undefined
    if (current.value?.id !== caseId) {
      current.value = undefined
      guide.value = undefined
      clearProblems()
    }
    loading.value = true
    try {
      const view = await applicationsApi.get(caseId)
      const g = view.itemCode ? await loadGuide(view.itemCode) : undefined
      if (ticket === sequence) {
        current.value = view
        guide.value = g
      }
    } catch (error) {
      if (ticket === sequence) loadError.value = error
    } finally {
      if (ticket === sequence) loading.value = false
    }
  }

  /** Reads the open case again (after an upload, or when it changed elsewhere). */
  async function reload(): Promise<ApplicationView | undefined> {
    const caseId = current.value?.id
    if (!caseId) return undefined
    const view = await applicationsApi.get(caseId)
    if (current.value?.id === caseId) current.value = view
    return view
  }

  /**
   * Takes a fresh reading of the open case (the page updating itself), unless another case is open by now or
   * the one held is newer (a save or move answered meanwhile). Says whether it was taken.
   */
  function adopt(view: ApplicationView): boolean {
    const held = current.value
    if (!held?.id || held.id !== view.id || (view.version ?? 0) < (held.version ?? 0)) return false
    current.value = view
    return true
  }

  /**
   * Saves the form: the first save creates the draft (POST), later ones send the version read (PUT).
   * A 409 (changed elsewhere) reloads the case and is thrown on; a 422 names the fields.
   */
  async function save(itemCode: string, formData: ApplicationFormData, delivery?: DeliveryChoice): Promise<ApplicationView> {
    clearProblems()
    try {
      if (!current.value?.id) {
        const key = pendingKeys.get('create') ?? newIdempotencyKey()
        pendingKeys.set('create', key)
        let created: ApplicationView
        try {
          created = await applicationsApi.create(itemCode, formData, key, delivery)
        } catch (error) {
          if (!(isApiError(error) && error.isNetwork)) pendingKeys.delete('create')
          throw error
        }
        pendingKeys.delete('create')
        current.value = created
        return created
      }
      const saved = await applicationsApi.save(current.value.id, formData, current.value.version, delivery)
      current.value = saved
      return saved
    } catch (error) {
      if (isStale(error)) {
        problemDetail.value = isApiError(error) ? (error.detail ?? '') : ''
        await reload().catch(() => undefined)
      } else {
        setProblems(error)
      }
      throw error
    }
  }

  /** Uploads (or replaces) one material's file, then reads the case again (its version changed). */
  async function upload(
    materialCode: string,
    file: File,
    onProgress?: (percent: number) => void,
    signal?: AbortSignal,
  ): Promise<MaterialView> {
    const caseId = current.value?.id
    if (!caseId) throw new Error('No application to upload to')
    uploadsInFlight.value++
    try {
      const stored = await applicationsApi.uploadMaterial(caseId, materialCode, file, onProgress, signal)
      clearMaterialProblem(materialCode)
      if (current.value?.id === caseId) {
        const others = (current.value.materials ?? []).filter((m) => m.materialCode !== materialCode)
        current.value = { ...current.value, materials: [...others, stored] }
      }
      await reload().catch(() => undefined)
      return stored
    } finally {
      uploadsInFlight.value--
    }
  }

  /** Takes a material from the register instead of an upload (or withdraws that), then reads the case again. */
  async function retrieve(materialCode: string, authorised: boolean): Promise<void> {
    const caseId = current.value?.id
    if (!caseId) throw new Error('No application')
    const others = (current.value?.retrievals ?? []).filter((r) => r.materialCode !== materialCode)
    if (authorised) {
      const retrieved = await applicationsApi.retrieve(caseId, materialCode)
      // counted at once, so that "next" right after the tick does not still see the material missing
      if (current.value?.id === caseId) current.value = { ...current.value, retrievals: [...others, retrieved] }
    } else {
      await applicationsApi.undoRetrieval(caseId, materialCode)
      if (current.value?.id === caseId) current.value = { ...current.value, retrievals: others }
    }
    clearMaterialProblem(materialCode)
    await reload().catch(() => undefined)
  }

  async function removeMaterial(materialId: string): Promise<void> {
    const caseId = current.value?.id
    if (!caseId) return
    await applicationsApi.deleteMaterial(caseId, materialId)
    if (current.value?.id === caseId) {
      current.value = {
        ...current.value,
        materials: (current.value.materials ?? []).filter((m) => m.id !== materialId),
      }
    }
    await reload().catch(() => undefined)
  }

  /**
   * Submits, resubmits or withdraws the open case. Each click gets a new Idempotency-Key, except a
   * retry after no answer came (network), which sends the same one. A 422 lists everything missing
   * (see `problems`); a 409 reloads the case.
   */
  async function move(action: ApplicantMove, comment?: string): Promise<ApplicationView> {
    const view = current.value
    if (!view?.id) throw new Error('No application')
    const slot = `${action} ${view.id}`
    const key = pendingKeys.get(slot) ?? newIdempotencyKey()
    pendingKeys.set(slot, key)
    clearProblems()
    try {
      const body: { version?: number; comment?: string } = { version: view.version }
      if (comment?.trim()) body.comment = comment.trim()
      const answer = await applicationsApi.move(view.id, action, body, key)
      pendingKeys.delete(slot)
      current.value = answer
      flash.value = {
        kind: action === 'submit' ? 'submitted' : action === 'resubmit' ? 'resubmitted' : 'withdrawn',
        id: view.id,
      }
      return answer
    } catch (error) {
      if (!(isApiError(error) && error.isNetwork)) pendingKeys.delete(slot)
      if (isStale(error)) {
        problemDetail.value = isApiError(error) ? (error.detail ?? '') : ''
        await reload().catch(() => undefined)
      } else {
        setProblems(error)
      }
      throw error
    }
  }

  function takeFlash(caseId: string): Flash | undefined {
    const f = flash.value
    if (f && f.id === caseId) {
      flash.value = undefined
      return f
    }
    return undefined
  }

  // ---- my applications ------------------------------------------------------------------------

  const list = shallowRef<ApplicationPage>()
  const listLoading = ref(false)
  const listError = shallowRef<unknown>()
  let listSequence = 0

  async function loadList(filters: ApplicationFilters): Promise<void> {
    const ticket = ++listSequence
    listLoading.value = true
    listError.value = undefined
    try {
      const page = await applicationsApi.list(filters)
      if (ticket === listSequence) list.value = page
    } catch (error) {
      if (ticket === listSequence) listError.value = error
    } finally {
      if (ticket === listSequence) listLoading.value = false
    }
  }

  return {
    current,
    guide,
    id,
    loading,
    loadError,
    problems,
    problemDetail,
    flash,
    uploadsInFlight,
    list,
    listLoading,
    listError,
    startNew,
    open,
    reload,
    adopt,
    save,
    upload,
    removeMaterial,
    retrieve,
    move,
    takeFlash,
    clearProblems,
    clearFieldProblem,
    clearMaterialProblem,
    loadList,
    loadGuide,
  }
})
