import {
  createRouter,
  createWebHistory,
  type LocationQueryValue,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'
import type { Pinia } from 'pinia'
import type { Kind, Role } from '@/api'
import { useAuthStore } from '@/stores/auth'
import { useNoticeStore } from '@/stores/notice'
import { applicantRoutes } from './applicantRoutes'
import { staffRoutes } from './staffRoutes'
import { resultsRoutes } from './resultsRoutes'
import { portalRoutes } from './portalRoutes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a logged-in person: others are sent to the login page and brought back afterwards. */
    requiresAuth?: boolean
    /** Only for sessions holding at least one of these roles (else the 403 view). */
    roles?: readonly Role[]
    /** Only for these kinds of account (else the 403 view). */
    kinds?: readonly Kind[]
    /** Login and sign-up: a logged-in person is sent on to where they were going. */
    guestOnly?: boolean
  }
}

/** Each view is its own chunk, loaded when first visited. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/HomeView.vue'),
  },
  {
    path: '/items',
    name: 'items',
    component: () => import('@/views/ItemListView.vue'),
  },
  {
    path: '/items/:code',
    name: 'item',
    component: () => import('@/views/ItemGuideView.vue'),
    props: true,
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { guestOnly: true },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('@/views/RegisterView.vue'),
    meta: { guestOnly: true },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/views/AccountView.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/staff',
    name: 'staff',
    component: () => import('@/views/StaffWorkbenchView.vue'),
    meta: { requiresAuth: true, kinds: ['STAFF'] },
  },
  ...applicantRoutes,
  ...staffRoutes,
  ...resultsRoutes,
  ...portalRoutes,
  {
    path: '/sitemap',
    name: 'sitemap',
    component: () => import('@/views/SiteMapView.vue'),
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/ForbiddenView.vue'),
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
  },
]

const GUEST_PATHS = ['/login', '/register']

/**
 * The `redirect` query of the login page, if it is a path inside this app (never another site:
 * `//host` and `/\host` are refused) and not the login or sign-up page itself.
 */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const path = Array.isArray(value) ? value[0] : value
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return undefined
  if (GUEST_PATHS.some((p) => path === p || path.startsWith(`${p}?`) || path.startsWith(`${p}/`))) return undefined
  return path
}

export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
  pinia?: Pinia,
) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      if (to.hash) return { el: to.hash, top: 16 }
      // Changing a filter on the list keeps the place; a new page starts at the top.
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })

  router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
    const auth = useAuthStore(pinia)
    const notices = useNoticeStore(pinia)
    // After a reload, the session of this tab is restored (one refresh) before anything is decided.
    await auth.init()

    if (to.meta.guestOnly && auth.isLoggedIn) {
      return safeRedirect(to.query.redirect) ?? { name: 'account' }
    }
    if (!to.meta.requiresAuth) return true
    if (!auth.isLoggedIn) {
      notices.show('loginRequired', '/login')
      return { name: 'login', query: { redirect: to.fullPath } }
    }
    if (auth.mfaEnrolmentRequired && to.name !== 'account') {
      notices.show('enrolmentRequired', '/account')
      return { name: 'account' }
    }
    const { kinds, roles } = to.meta
    if ((kinds && !(auth.kind && kinds.includes(auth.kind))) || (roles && !auth.hasAnyRole(roles))) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })

  router.afterEach((to, _from, failure) => {
    if (!failure) useNoticeStore(pinia).arrived(to.path)
  })

  return router
}
