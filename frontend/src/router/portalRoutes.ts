import type { RouteRecordRaw } from 'vue-router'

/** Public pages reached from the home page: the bureau's notices (通知公告). */
export const portalRoutes: RouteRecordRaw[] = [
  {
    // ?page=<n> from 1
    path: '/notices',
    name: 'notices',
    component: () => import('@/views/portal/NoticeListView.vue'),
  },
  {
    path: '/notices/:id',
    name: 'notice',
    component: () => import('@/views/portal/NoticeView.vue'),
    props: true,
  },
]
