// The PDF QR reader the certificate test scans with (support/pdf-qr.mjs), on PDFs made here: the image encodings
// the certificates' own PDF does not use today (8-bit RGB with a PNG predictor, an inverted 1-bit image without a
// quiet zone, a length given by reference), so that a change of PDF library fails clearly rather than silently.
// No browser, no server.
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { deflateSync } from 'node:zlib'
import QRCode from 'qrcode'
import { pdfImages, qrCodesInPdf } from './support/pdf-qr.mjs'

const TEXT = 'http://127.0.0.1:8080/verify/CXAJ-BA-2026-000001?s=nX_z5BEAKFECm0yt'

/** The QR code as dark (true) / light modules, `scale` pixels each, with `margin` light modules around. */
function pixels(text, scale, margin) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const side = (modules.size + 2 * margin) * scale
  const dark = (x, y) => {
    const mx = Math.floor(x / scale) - margin
    const my = Math.floor(y / scale) - margin
    return mx >= 0 && my >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx) === 1
  }
  return { side, dark }
}

/** A one-page PDF drawing one image XObject with the given dictionary entries and (already encoded) data. */
function pdfWith(entries, data, { lengthByReference = false } = {}) {
  const parts = []
  const offsets = []
  let size = 0
  const add = (chunk) => {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, 'latin1')
    parts.push(buffer)
    size += buffer.length
  }
  const object = (n, body) => {
    offsets[n] = size
    add(`${n} 0 obj\n`)
    for (const chunk of body) add(chunk)
    add('\nendobj\n')
  }
  add('%PDF-1.6\n%\xf6\xe4\xfc\xdf\n')
  object(1, ['<< /Type /Catalog /Pages 2 0 R >>'])
  object(2, ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'])
  object(3, ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'])
  const length = lengthByReference ? '6 0 R' : String(data.length)
  object(4, [`<< /Type /XObject /Subtype /Image ${entries} /Length ${length} >>\nstream\r\n`, data, '\nendstream'])
  const content = 'q 100 0 0 100 50 50 cm /Im1 Do Q'
  object(5, [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`])
  object(6, [String(data.length)])
  const xref = size
  add(`xref\n0 7\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`)
  add(`trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)
  return Buffer.concat(parts)
}

describe('reading QR codes out of PDFs', () => {
  test('8-bit RGB with a PNG predictor (each row its own filter), the length given by reference', () => {
    const { side, dark } = pixels(TEXT, 3, 4)
    const rows = []
    let previous = Buffer.alloc(side * 3)
    for (let y = 0; y < side; y++) {
      const row = Buffer.alloc(side * 3)
      for (let x = 0; x < side; x++) {
        const level = dark(x, y) ? 20 : 240 // not pure black and white, as a scan would be
        row.set([level, level, level + 10], x * 3)
      }
      const type = y % 5 // None, Sub, Up, Average, Paeth in turn
      const filtered = Buffer.alloc(side * 3)
      for (let i = 0; i < row.length; i++) {
        const left = i >= 3 ? row[i - 3] : 0
        const up = previous[i]
        const upLeft = i >= 3 ? previous[i - 3] : 0
        const p = left + up - upLeft
        const paeth =
          Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
            ? left
            : Math.abs(p - up) <= Math.abs(p - upLeft)
              ? up
              : upLeft
        const predicted = [0, left, up, (left + up) >> 1, paeth][type]
        filtered[i] = (row[i] - predicted) & 0xff
      }
      rows.push(Buffer.from([type]), filtered)
      previous = row
    }
    const pdf = pdfWith(
      `/Width ${side} /Height ${side} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode ` +
        `/DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${side} >>`,
      deflateSync(Buffer.concat(rows)),
      { lengthByReference: true },
    )
    const [image] = pdfImages(pdf)
    assert.deepEqual([image.width, image.height], [side, side])
    assert.deepEqual(qrCodesInPdf(pdf), [TEXT])
  })

  test('an inverted 1-bit image (/Decode [1 0]) cropped to the code, without its quiet zone', () => {
    const { side, dark } = pixels(TEXT, 4, 0)
    const rowBytes = Math.ceil(side / 8)
    const data = Buffer.alloc(rowBytes * side)
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        // Decoded with [1 0], a 1 is black: dark modules are written as 1.
        if (dark(x, y)) data[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7)
      }
    }
    const pdf = pdfWith(
      `/Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter [/FlateDecode]`,
      deflateSync(data),
    )
    assert.deepEqual(qrCodesInPdf(pdf), [TEXT])
  })

  test('an image it cannot take apart is reported, not skipped', () => {
    const pdf = pdfWith('/Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode', Buffer.alloc(16))
    assert.throws(() => qrCodesInPdf(pdf), /DCTDecode/)
  })
})
