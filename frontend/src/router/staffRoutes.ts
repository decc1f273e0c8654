import type { RouteRecordRaw } from 'vue-router'

/** The service centre's workbench pages (the queue at /staff is in index.ts). */
export const staffRoutes: RouteRecordRaw[] = [
  {
    path: '/staff/walk-in',
    name: 'staff-walk-in',
    component: () => import('@/views/workbench/WalkInView.vue'),
    meta: { requiresAuth: true, kinds: ['STAFF'], roles: ['WINDOW'] },
  },
  {
    path: '/staff/cases/:id',
    name: 'staff-case',
    component: () => import('@/views/workbench/CaseView.vue'),
    props: true,
    meta: { requiresAuth: true, kinds: ['STAFF'], roles: ['WINDOW', 'REVIEWER', 'APPROVER'] },
  },
  {
    // ?from=YYYY-MM-DD&to=YYYY-MM-DD; this year by default. Case work: the handlers only, as the API.
    path: '/staff/stats',
    name: 'staff-stats',
    component: () => import('@/views/results/StaffStatsView.vue'),
    meta: { requiresAuth: true, kinds: ['STAFF'], roles: ['WINDOW', 'REVIEWER', 'APPROVER'] },
  },
]
