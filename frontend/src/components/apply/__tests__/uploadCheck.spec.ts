import { describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES } from '@/api/files'
import { checkFile, extensionOf } from '../uploadCheck'

const file = (name: string, size: number) => ({ name, size })

describe('upload pre-check', () => {
  it('accepts PDF, JPEG, PNG and OFD files by extension, whatever the case', () => {
    for (const name of ['a.pdf', 'b.JPG', 'c.jpeg', 'd.png', 'e.ofd', '营业执照.PDF']) {
      expect(checkFile(file(name, 1024)), name).toBeUndefined()
    }
    expect(extensionOf('archive.tar.PDF')).toBe('.pdf')
  })

  it('refuses other types before sending, naming the file', () => {
    for (const name of ['a.docx', 'b.zip', 'pdf', 'c.pdf.exe', 'noextension']) {
      expect(checkFile(file(name, 1024))?.key, name).toBe('apply.upload.badType')
    }
    expect(checkFile(file('x.doc', 10))?.params).toEqual({ name: 'x.doc' })
  })

  it('refuses an empty file', () => {
    expect(checkFile(file('empty.pdf', 0))).toEqual({ key: 'apply.upload.empty', params: { name: 'empty.pdf' } })
  })

  it('refuses a file over 20 MB, saying how large it is', () => {
    expect(checkFile(file('ok.pdf', MAX_UPLOAD_BYTES))).toBeUndefined()
    expect(checkFile(file('big.pdf', MAX_UPLOAD_BYTES + 1))?.key).toBe('apply.upload.tooLarge')
    expect(checkFile(file('big.pdf', 25 * 1024 * 1024))?.params).toEqual({ size: '25', max: '20' })
  })

  it('refuses names with control characters', () => {
    expect(checkFile(file('a\u0001b.pdf', 10))?.key).toBe('apply.upload.badName')
  })
})
