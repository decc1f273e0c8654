import { useRouter } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useNoticeStore } from '@/stores/notice'

/** Logs out (server and here) and goes to the home page, which says so. */
export function useLogout() {
  const auth = useAuthStore()
  const notices = useNoticeStore()
  const router = useRouter()
  return async function logout(): Promise<void> {
    await auth.logout()
    notices.show('loggedOut', '/')
    await router.push({ name: 'home' })
  }
}
