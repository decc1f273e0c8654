import { afterEach, describe, expect, it, vi } from 'vitest'
import { dispositionFileName, saveProtectedFile } from '@/api/files'
import { setAuthHooks } from '@/api'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('protected documents under their real names', () => {
  it('reads the exact (UTF-8) name of a Content-Disposition header, else the plain one', () => {
    expect(
      dispositionFileName(
        "inline; filename=\"AJ-20261206-0001-_____.html\"; filename*=UTF-8''AJ-20261206-0001-%E5%8F%97%E7%90%86%E9%80%9A%E7%9F%A5%E4%B9%A6.html",
      ),
    ).toBe('AJ-20261206-0001-受理通知书.html')
    expect(dispositionFileName('attachment; filename="licence.pdf"')).toBe('licence.pdf')
    expect(dispositionFileName("inline; filename*=UTF-8''%E0%A4%A; filename=\"plain.html\"")).toBe('plain.html')
    expect(dispositionFileName(null)).toBeUndefined()
    expect(dispositionFileName('inline')).toBeUndefined()
  })

  it('fetches with the bearer token and saves under the server’s name, not a blob: address', async () => {
    setAuthHooks({ accessToken: async () => 'token-1', renew: async () => undefined })
    const fetchStub = vi.fn(async () =>
      new Response('<!DOCTYPE html><title>受理通知书</title>', {
        status: 200,
        headers: {
          'Content-Type': 'text/html;charset=UTF-8',
          'Content-Disposition': "inline; filename=\"AJ-20261206-0001-_____.html\"; filename*=UTF-8''AJ-20261206-0001-%E5%8F%97%E7%90%86%E9%80%9A%E7%9F%A5%E4%B9%A6.html",
        },
      }),
    )
    vi.stubGlobal('fetch', fetchStub)
    const { createObjectURL, revokeObjectURL } = URL
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    try {
      const name = await saveProtectedFile('/api/applications/1/notices/acceptance', 'acceptance.html')
      expect(name).toBe('AJ-20261206-0001-受理通知书.html')
      expect(clicked).toHaveLength(1)
      expect(clicked[0]!.download).toBe('AJ-20261206-0001-受理通知书.html')
      const init = (fetchStub.mock.calls[0] as unknown as [string, RequestInit])[1]
      expect((init.headers as Record<string, string>).Authorization).toBe('Bearer token-1')
    } finally {
      Object.assign(URL, { createObjectURL, revokeObjectURL })
    }
  })
})
