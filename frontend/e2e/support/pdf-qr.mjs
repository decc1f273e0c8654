// Reads the QR codes printed in a PDF, as a phone scanning the printout would: the PDF's images are taken out of
// the file (zlib), turned into RGBA pixels and decoded with jsQR. Enough PDF for what PDF libraries write for a
// QR code (PDFBox, which the certificates are made with, among them): image XObjects that are FlateDecode'd, with
// or without a PNG predictor, 1 or 8 bits per component, gray, RGB or an ICC profile of 1 or 3 components, or an
// image mask. An image this reader cannot take apart is reported, never silently skipped.
import { inflateSync, constants } from 'node:zlib'
import jsQR from 'jsqr'

/** The dictionary that starts at `start` (at its "<<"): its text and where it ends, nested ones included. */
function dictionaryAt(text, start) {
  let depth = 0
  for (let i = start; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2)
    if (pair === '<<') {
      depth++
      i++
    } else if (pair === '>>') {
      depth--
      i++
      if (depth === 0) return { dict: text.slice(start, i + 1), end: i + 1 }
    }
  }
  throw new Error(`an unterminated dictionary at byte ${start}`)
}

/** The body of an indirect object `n g obj … endobj` (for values written as references, e.g. /Length 12 0 R). */
function indirect(text, ref) {
  const [n, g] = ref.trim().split(/\s+/)
  const match = new RegExp(`(?:^|[^0-9])${n}\\s+${g}\\s+obj\\b([\\s\\S]*?)endobj`).exec(text)
  return match?.[1].trim()
}

/** A key's value in a dictionary's text: a name, number, boolean, array or reference (not nested dictionaries). */
function entry(dict, key) {
  const match = new RegExp(`/${key}(?![A-Za-z0-9])\\s*(\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R|/[^\\s/<>\\[\\]()]+|-?[\\d.]+|true|false)`).exec(dict)
  return match?.[1]
}

/** Resolves a value that may be a reference. */
function value(text, raw) {
  return raw && /^\d+\s+\d+\s+R$/.test(raw) ? indirect(text, raw) : raw
}

/** How many colour components a colour space has (DeviceGray, DeviceRGB, or an ICC profile's /N). */
function components(text, colorSpace, imageMask) {
  if (imageMask) return 1
  const space = value(text, colorSpace) ?? ''
  if (space === '/DeviceGray' || space === '/CalGray' || space === '/G') return 1
  if (space === '/DeviceRGB' || space === '/CalRGB' || space === '/RGB') return 3
  const icc = /^\[\s*\/ICCBased\s+(\d+\s+\d+\s+R)\s*\]$/.exec(space)
  if (icc) {
    const profile = indirect(text, icc[1]) ?? ''
    const n = Number(value(text, entry(profile, 'N')))
    if (n === 1 || n === 3) return n
  }
  throw new Error(`an image in a colour space this reader does not know: ${space || '(none)'}`)
}

/** Undoes a PNG predictor (/Predictor 10–15): each row starts with its filter type. */
function unpredict(data, rowBytes, bytesPerPixel) {
  const out = Buffer.alloc((data.length / (rowBytes + 1)) * rowBytes)
  for (let row = 0; row * (rowBytes + 1) < data.length; row++) {
    const type = data[row * (rowBytes + 1)]
    const src = row * (rowBytes + 1) + 1
    const dst = row * rowBytes
    for (let i = 0; i < rowBytes; i++) {
      const raw = data[src + i]
      const left = i >= bytesPerPixel ? out[dst + i - bytesPerPixel] : 0
      const up = row > 0 ? out[dst - rowBytes + i] : 0
      const upLeft = row > 0 && i >= bytesPerPixel ? out[dst - rowBytes + i - bytesPerPixel] : 0
      let predicted
      switch (type) {
        case 0:
          predicted = 0
          break
        case 1:
          predicted = left
          break
        case 2:
          predicted = up
          break
        case 3:
          predicted = (left + up) >> 1
          break
        case 4: {
          const p = left + up - upLeft
          const pa = Math.abs(p - left)
          const pb = Math.abs(p - up)
          const pc = Math.abs(p - upLeft)
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
          break
        }
        default:
          throw new Error(`an unknown PNG filter type ${type} in row ${row}`)
      }
      out[dst + i] = (raw + predicted) & 0xff
    }
  }
  return out
}

/**
 * The images of a PDF as RGBA pixels.
 * @param {Uint8Array} pdf the file's bytes
 * @returns {{ object: string, width: number, height: number, rgba: Uint8ClampedArray }[]}
 */
export function pdfImages(pdf) {
  const bytes = Buffer.from(pdf)
  const text = bytes.toString('latin1')
  const images = []
  const header = /(\d+)\s+(\d+)\s+obj\s*<</g
  for (let match; (match = header.exec(text)); ) {
    const object = `${match[1]} ${match[2]}`
    const { dict, end } = dictionaryAt(text, match.index + match[0].length - 2)
    const stream = /^\s*stream\r?\n/.exec(text.slice(end, end + 20))
    // Another object's stream is skipped whole: its bytes are not read as objects.
    header.lastIndex = stream ? Math.max(end, text.indexOf('endstream', end)) : end
    if (!/\/Subtype\s*\/Image(?![A-Za-z])/.test(dict)) continue
    if (!stream) throw new Error(`image ${object} has no stream`)
    const start = end + stream[0].length
    const length = Number(value(text, entry(dict, 'Length')))
    const stop = Number.isInteger(length) && length > 0 ? start + length : text.indexOf('endstream', start)
    let data = bytes.subarray(start, stop)

    const filter = (value(text, entry(dict, 'Filter')) ?? '').replace(/[[\]\s]/g, '')
    if (filter === '/FlateDecode' || filter === '/Fl') {
      data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH })
    } else if (filter !== '') {
      throw new Error(`image ${object} is compressed with ${filter}, which this reader does not decode`)
    }

    const width = Number(value(text, entry(dict, 'Width')))
    const height = Number(value(text, entry(dict, 'Height')))
    const imageMask = value(text, entry(dict, 'ImageMask')) === 'true'
    const bits = imageMask ? 1 : Number(value(text, entry(dict, 'BitsPerComponent')))
    if (bits !== 1 && bits !== 8) throw new Error(`image ${object} has ${bits} bits per component`)
    const colours = components(text, entry(dict, 'ColorSpace'), imageMask)
    const rowBytes = Math.ceil((width * colours * bits) / 8)

    const parmsAt = dict.search(/\/DecodeParms\s*<</)
    const parms = parmsAt >= 0 ? dictionaryAt(dict, dict.indexOf('<<', parmsAt)).dict : ''
    const predictor = Number(entry(parms, 'Predictor') ?? 1)
    if (predictor >= 10) data = unpredict(data, rowBytes, Math.max(1, (colours * bits) >> 3))
    else if (predictor !== 1) throw new Error(`image ${object} uses TIFF predictor ${predictor}`)
    if (data.length < rowBytes * height) throw new Error(`image ${object} has ${data.length} bytes, short of ${rowBytes * height}`)

    // /Decode [1 0] inverts; for an image mask, 0 paints (black) and 1 leaves the white page by default.
    const decode = (entry(dict, 'Decode') ?? '').replace(/[[\]]/g, '').trim().split(/\s+/).map(Number)
    const inverted = decode.length >= 2 && decode[0] > decode[1]
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const p = (y * width + x) * 4
        let rgb
        if (bits === 1) {
          const bit = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1
          const level = (bit === 1) !== inverted ? 255 : 0
          rgb = [level, level, level]
        } else {
          const at = y * rowBytes + x * colours
          rgb = colours === 1 ? [data[at], data[at], data[at]] : [data[at], data[at + 1], data[at + 2]]
          if (inverted) rgb = rgb.map((c) => 255 - c)
        }
        rgba[p] = rgb[0]
        rgba[p + 1] = rgb[1]
        rgba[p + 2] = rgb[2]
        rgba[p + 3] = 255
      }
    }
    images.push({ object, width, height, rgba })
  }
  return images
}

/** The image with a white border: scanners want a quiet zone around the code, and a cropped image may lack it. */
function withQuietZone({ width, height, rgba }, border) {
  const w = width + 2 * border
  const h = height + 2 * border
  const out = new Uint8ClampedArray(w * h * 4).fill(255)
  for (let y = 0; y < height; y++) {
    out.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), ((y + border) * w + border) * 4)
  }
  return { width: w, height: h, rgba: out }
}

/** The texts of the QR codes among a PDF's images, in the order the images come in the file. */
export function qrCodesInPdf(pdf) {
  const texts = []
  for (const image of pdfImages(pdf)) {
    for (const candidate of [image, withQuietZone(image, Math.max(16, Math.round(image.width / 10)))]) {
      const code = jsQR(candidate.rgba, candidate.width, candidate.height, { inversionAttempts: 'dontInvert' })
      if (code?.data) {
        texts.push(code.data)
        break
      }
    }
  }
  return texts
}
