/**
 * Short labels for item names on chart axes. Long catalogue names share long beginnings (several start with
 * "危险化学品经营许可证核发（不带储存设施）—"), so cutting them at a fixed width gives identical labels. Here a
 * name that fits stays whole; a long one is cut; where cut names would collide, the label keeps the beginning
 * and the part that tells the names apart ("危险化学品经营许…新申请"). The labels are pairwise distinct; the full
 * name is in the tooltip and the data table.
 */

/** Characters (code points) a label may have: about 160 px of Chinese at the charts' 13 px. */
export const LABEL_MAX = 12
const ELLIPSIS = '…'

function chars(text: string): string[] {
  return Array.from(text)
}

function cut(text: string, max: number): string {
  const c = chars(text)
  return c.length <= max ? text : c.slice(0, max - 1).join('') + ELLIPSIS
}

/** Length of the longest beginning `name` shares with any other name of the list. */
function sharedStart(name: string[], others: string[][]): number {
  let longest = 0
  for (const other of others) {
    let i = 0
    while (i < name.length && i < other.length && name[i] === other[i]) i++
    longest = Math.max(longest, i)
  }
  return longest
}

/** The beginning and the distinguishing rest of a name whose cut form collides with another's. */
function distinguished(name: string[], shared: number, max: number): string {
  const rest = name.slice(shared)
  const restMax = max - 3 // at least two characters of the beginning and the ellipsis
  const shownRest = rest.length > restMax ? rest.slice(0, restMax - 1).join('') + ELLIPSIS : rest.join('')
  const head = name.slice(0, max - 1 - chars(shownRest).length).join('')
  return head + ELLIPSIS + shownRest
}

export function shortItemLabels(names: readonly string[], max = LABEL_MAX): string[] {
  const split = names.map(chars)
  const cuts = names.map((name) => cut(name, max))
  const labels = cuts.map((label, i) => {
    const others = split.filter((_, j) => j !== i && cuts[j] === label)
    return others.length === 0 || split[i]!.length <= max ? label : distinguished(split[i]!, sharedStart(split[i]!, others), max)
  })
  // Whatever still collides (the same name twice, or names differing only past the cut) is numbered.
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1
    seen.set(label, count)
    return count === 1 ? label : `${label} (${count})`
  })
}
