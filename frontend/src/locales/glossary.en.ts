import type { Glossary } from './glossary.zh-CN'

/**
 * The site's terms in English, one word per idea on applicants' and staff pages alike; the interface texts
 * take them from here. Kept in line with the glossary of shared/reference/mission.md.
 */
const glossary: Glossary = {
  serviceItem: 'service item',
  serviceGuide: 'service guide',
  case: 'case',
  caseNumber: 'case number',
  onlineApplication: 'online application',
  window: 'window',
  materials: 'materials',
  requiredMaterial: 'required material',
  accept: 'accept',
  notAccept: 'not accept',
  correction: 'correction',
  approve: 'approve',
  deny: 'deny',
  deliver: 'deliver',
  zeroVisit: 'zero visits',
  maxOneVisit: 'at most one visit',
  cityWide: 'city-wide handling',
  promisedLimit: 'promised time limit',
  statutoryLimit: 'statutory time limit',
  electronicCertificate: 'electronic certificate',
  evaluation: 'service evaluation',
  channels: { ONLINE: 'Online', WINDOW: 'At a window', POST: 'By post' },
  necessity: { REQUIRED: 'Required', OPTIONAL: 'Optional', PROVISIONAL: 'May follow later' },
}

export default glossary
