import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router'

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
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
  },
]

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  return createRouter({
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
}
