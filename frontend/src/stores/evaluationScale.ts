import { shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { resultsApi, type EvaluationScale } from '@/api/results'
import { DEFAULT_SCALE } from '@/components/results/defaultScale'

/** The rating scale (好差评), read once per visit; the national five grades when it cannot be read. */
export const useEvaluationScaleStore = defineStore('evaluationScale', () => {
  const scale = shallowRef<EvaluationScale>()
  let pending: Promise<EvaluationScale> | undefined

  function load(): Promise<EvaluationScale> {
    if (scale.value) return Promise.resolve(scale.value)
    pending ??= resultsApi
      .scale()
      .then((value) => {
        scale.value = value?.grades?.length ? value : DEFAULT_SCALE
        return scale.value
      })
      .catch(() => DEFAULT_SCALE)
      .finally(() => {
        pending = undefined
      })
    return pending
  }

  return { scale, load }
})
