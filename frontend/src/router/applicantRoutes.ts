import type { RouteRecordRaw } from 'vue-router'
import type { Kind } from '@/api'

/** Applying and following cases is for enterprises and citizens (staff register walk-ins on the workbench). */
const APPLICANTS: readonly Kind[] = ['ENTERPRISE', 'CITIZEN']

/** The applicant's pages: applying online, "my applications", a case, messages. */
export const applicantRoutes: RouteRecordRaw[] = [
  {
    // ?id=<draft>&step=form|materials|review once the draft exists
    path: '/apply/:code',
    name: 'apply',
    component: () => import('@/views/apply/ApplyView.vue'),
    props: true,
    meta: { requiresAuth: true, kinds: APPLICANTS },
  },
  {
    path: '/my/applications',
    name: 'my-applications',
    component: () => import('@/views/apply/MyApplicationsView.vue'),
    meta: { requiresAuth: true, kinds: APPLICANTS },
  },
  {
    path: '/my/applications/:id',
    name: 'my-application',
    component: () => import('@/views/apply/ApplicationCaseView.vue'),
    props: true,
    meta: { requiresAuth: true, kinds: APPLICANTS },
  },
  {
    path: '/my/messages',
    name: 'my-messages',
    component: () => import('@/views/apply/MessagesView.vue'),
    meta: { requiresAuth: true, kinds: APPLICANTS },
  },
]
