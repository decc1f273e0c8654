import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './locales'
import { bindLocale } from './locales/bind'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
const i18n = createAppI18n()

app.use(pinia)
app.use(i18n)
bindLocale(i18n, pinia)
app.use(createAppRouter())

app.mount('#app')
