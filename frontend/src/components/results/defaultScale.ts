import type { EvaluationScale } from '@/api/results'

/** The national five-grade scale, used when /api/evaluation/scale cannot be read (labels come from i18n). */
export const DEFAULT_SCALE: EvaluationScale = {
  grades: [5, 4, 3, 2, 1].map((grade) => ({ grade, label: String(grade), bad: grade <= 2 })),
  rectificationDays: undefined,
}
