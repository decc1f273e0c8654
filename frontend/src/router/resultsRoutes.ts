import type { RouteRecordRaw } from 'vue-router'

/**
 * Results and trust: public certificate verification (what the QR code on a certificate opens) and
 * statistics, the applicant's certificates, and the rectification of bad reviews on the workbench.
 */
export const resultsRoutes: RouteRecordRaw[] = [
  {
    // ?s=<signature code of the document in hand>; without a number, the lookup form alone
    path: '/verify/:number?',
    name: 'verify',
    component: () => import('@/views/results/VerifyView.vue'),
    props: true,
  },
  {
    // ?from=YYYY-MM-DD&to=YYYY-MM-DD; this year by default
    path: '/stats',
    name: 'stats',
    component: () => import('@/views/results/StatsView.vue'),
  },
  {
    path: '/my/certificates',
    name: 'my-certificates',
    component: () => import('@/views/results/MyCertificatesView.vue'),
    meta: { requiresAuth: true, kinds: ['ENTERPRISE', 'CITIZEN'] },
  },
  {
    // ?state=OPEN|RESPONDED|APPEALED|CLOSED&overdue=true&page=
    path: '/staff/rectifications',
    name: 'staff-rectifications',
    component: () => import('@/views/results/RectificationsView.vue'),
    meta: { requiresAuth: true, kinds: ['STAFF'], roles: ['WINDOW', 'REVIEWER', 'APPROVER'] },
  },
]
