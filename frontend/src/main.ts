import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './locales'
import { bindLocale } from './locales/bind'
import { useAuthStore } from './stores/auth'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()

app.use(pinia)
app.use(i18n)
bindLocale(i18n, pinia)
// The session store sets up the API client's bearer token and restores this tab's session (router waits).
void useAuthStore(pinia).init()
app.use(createAppRouter(undefined, pinia))

app.mount('#app')
