import type { RouteRecordRaw } from 'vue-router'

/** The applicant's pages: applying online, "my applications", a case, messages. */
export const applicantRoutes: RouteRecordRaw[] = []
