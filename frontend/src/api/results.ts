/**
 * Results and trust: electronic certificates and their public verification, service ratings (好差评) with
 * the rectification of bad reviews, the public service statistics and the staff dashboard.
 */
import type { components } from './schema'
import { call, http } from './client'
import { fetchBlob } from './files'

type Schemas = components['schemas']

export type CertificateSummary = Schemas['CertificateSummary']
export type CertificateVerification = Schemas['CertificateVerification']
export type CertificateType = Schemas['CertificateType']
export type EvaluationScale = Schemas['EvaluationScale']
export type EvaluationGrade = Schemas['Grade']
export type EvaluationView = Schemas['EvaluationView']
export type Rating = Schemas['Rating']
export type Rectification = Schemas['Rectification']
export type RectificationPage = Schemas['RectificationPage']
export type RectificationState = Schemas['State']
export type RectificationOutcome = Schemas['Outcome']
export type RectificationResponse = Schemas['RectificationResponse']
export type ServiceStats = Schemas['ServiceStats']
export type ItemFigures = Schemas['ItemFigures']
export type MonthFigures = Schemas['MonthFigures']
export type Share = Schemas['Share']
export type StaffStats = Schemas['StaffStats']
export type OfficeFigures = Schemas['OfficeFigures']
export type OfficerFigures = Schemas['OfficerFigures']
export type GroupFigures = Schemas['GroupFigures']

/** What the register says of a certificate (verification and summaries answer it as a string). */
export type CertificateStatus = 'VALID' | 'EXPIRED' | 'REVOKED' | 'INVALID'
export const CERTIFICATE_STATUSES = ['VALID', 'EXPIRED', 'REVOKED', 'INVALID'] as const satisfies readonly CertificateStatus[]

export const RECTIFICATION_STATES = ['OPEN', 'RESPONDED', 'APPEALED', 'CLOSED'] as const satisfies readonly RectificationState[]
export const RECTIFICATION_OUTCOMES = ['RECTIFIED', 'EXPLAINED'] as const satisfies readonly RectificationOutcome[]
/** The optional sub-grades of a rating (1–5 each). */
export const RATING_DIMENSIONS = ['efficiency', 'guideAccuracy', 'convenience', 'attitude'] as const
export type RatingDimension = (typeof RATING_DIMENSIONS)[number]

/** Cases may be rated once they have ended with a result or a refusal. */
export const RATEABLE_STATES = ['COMPLETED', 'NOT_ACCEPTED', 'DENIED'] as const

export interface RectificationFilters {
  state?: RectificationState
  overdue?: boolean
  page?: number
  size?: number
}

/** A period of the statistics, as YYYY-MM-DD. */
export interface Period {
  from: string
  to: string
}

function enc(value: string): string {
  return encodeURIComponent(value)
}

export const resultsApi = {
  // ---- certificates ----------------------------------------------------------------------------

  /** Public: the register's facts of a certificate; `s` is the signature code of the document in hand. */
  verify(number: string, s?: string): Promise<CertificateVerification> {
    return call(() =>
      http.GET('/api/certificates/{number}/verify', { params: { path: { number }, query: { s: s || undefined } } }),
    )
  },

  /** The applicant's certificates, newest first. */
  myCertificates(): Promise<CertificateSummary[]> {
    return call(() => http.GET('/api/me/certificates'))
  },

  /** The PDF of one of the applicant's certificates. */
  myCertificatePdf(number: string): Promise<Blob> {
    return fetchBlob(`/api/me/certificates/${enc(number)}/pdf`)
  },

  /** The same certificate as a web page (HTML text, shown in a sandboxed frame). */
  async myCertificatePage(number: string): Promise<string> {
    return (await fetchBlob(`/api/me/certificates/${enc(number)}/html`)).text()
  },

  /** Staff: the certificate issued for a case, if any. */
  async caseCertificate(applicationId: string): Promise<CertificateSummary | undefined> {
    const list = await call(() => http.GET('/api/workbench/certificates', { params: { query: { application: applicationId } } }))
    return list?.[0]
  },

  staffCertificatePdf(number: string): Promise<Blob> {
    return fetchBlob(`/api/workbench/certificates/${enc(number)}/pdf`)
  },

  async staffCertificatePage(number: string): Promise<string> {
    return (await fetchBlob(`/api/workbench/certificates/${enc(number)}/html`)).text()
  },

  /** Approver only; 409 when it is already revoked. */
  revoke(number: string, reason: string): Promise<CertificateSummary> {
    return call(() =>
      http.POST('/api/workbench/certificates/{number}/revoke', { params: { path: { number } }, body: { reason } }),
    )
  },

  // ---- ratings ---------------------------------------------------------------------------------

  scale(): Promise<EvaluationScale> {
    return call(() => http.GET('/api/evaluation/scale'))
  },

  /** The applicant's rating of a case; undefined when not rated yet (the server answers 200 with null). */
  async evaluation(applicationId: string): Promise<EvaluationView | undefined> {
    const found = await call(() => http.GET('/api/applications/{id}/evaluation', { params: { path: { id: applicationId } } }))
    return found ?? undefined
  },

  /** Rates a case once (201); 409 when already rated or not ended. */
  rate(applicationId: string, rating: Rating): Promise<EvaluationView> {
    return call(() =>
      http.POST('/api/applications/{id}/evaluation', { params: { path: { id: applicationId } }, body: rating }),
    )
  },

  /** Appeals the bureau's answer to a bad rating, once. */
  appeal(applicationId: string, reason: string): Promise<EvaluationView> {
    return call(() =>
      http.POST('/api/applications/{id}/evaluation/appeal', { params: { path: { id: applicationId } }, body: { reason } }),
    )
  },

  /** Window officer: the rating a walk-in applicant gives on the spot. */
  rateAtWindow(applicationId: string, rating: Rating): Promise<EvaluationView> {
    return call(() =>
      http.POST('/api/workbench/applications/{id}/evaluation', { params: { path: { id: applicationId } }, body: rating }),
    )
  },

  // ---- rectification of bad reviews ----------------------------------------------------------

  rectifications(filters: RectificationFilters = {}): Promise<RectificationPage> {
    const query = {
      state: filters.state,
      overdue: filters.overdue || undefined,
      page: filters.page,
      size: filters.size,
    }
    return call(() => http.GET('/api/workbench/rectifications', { params: { query } }))
  },

  callback(id: string, note: string): Promise<Rectification> {
    return call(() =>
      http.POST('/api/workbench/rectifications/{id}/callback', { params: { path: { id } }, body: { note } }),
    )
  },

  /** 409 when the task changed since it was read (stale version) or is closed. */
  respond(id: string, body: RectificationResponse): Promise<Rectification> {
    return call(() => http.POST('/api/workbench/rectifications/{id}/response', { params: { path: { id } }, body }))
  },

  // ---- public statistics -----------------------------------------------------------------------

  serviceStats(period: Period): Promise<ServiceStats> {
    return call(() => http.GET('/api/stats/service', { params: { query: { from: period.from, to: period.to } } }))
  },

  /** The same figures as a CSV download (public, so a plain link). */
  serviceCsvUrl(period: Period): string {
    return `/api/stats/service.csv?from=${enc(period.from)}&to=${enc(period.to)}`
  },

  // ---- staff statistics (WINDOW / REVIEWER / APPROVER) ------------------------------------------

  /** The same figures per office and per officer, with each officer's steps. */
  staffStats(period: Period): Promise<StaffStats> {
    return call(() => http.GET('/api/workbench/stats', { params: { query: { from: period.from, to: period.to } } }))
  },

  /** The staff figures as CSV (the bearer token is needed, so it is fetched rather than linked). */
  staffStatsCsv(period: Period): Promise<Blob> {
    return fetchBlob(`/api/workbench/stats.csv?from=${enc(period.from)}&to=${enc(period.to)}`)
  },
}

export type ResultsApi = typeof resultsApi
