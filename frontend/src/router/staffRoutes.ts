import type { RouteRecordRaw } from 'vue-router'

/** The service centre's workbench pages (the queue at /staff is in index.ts). */
export const staffRoutes: RouteRecordRaw[] = []
