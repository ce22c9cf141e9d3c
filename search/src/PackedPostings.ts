/**
 * The records holding one term in one field, with the term's frequency in each: MiniSearch's `Map<shortId, frequency>`
 * kept in one typed array, sorted by short id.
 *
 * @remarks A `Map` entry costs MiniSearch 30 to 50 bytes of V8 heap; at 10,000 records the index holds six million of
 * them, which made the index about 300 MB of live heap (and twice that in resident memory, as V8 lets its heap grow
 * to about twice what is live). Here a posting is 8 bytes outside the heap. It offers the part of `Map`'s interface
 * MiniSearch and {@link IndexReader} use. Short ids only grow (MiniSearch never reuses one), so a record added later
 * lands at the end and id order is also the order `Map` would iterate in. Iteration resumes after the last id it
 * yielded, so a record deleted meanwhile (MiniSearch deletes while it iterates) skips nothing.
 */
export class PackedPostings implements Iterable<[number, number]> {
  /** Short id and frequency of each posting, interleaved; room for more at the end. */
  #data: Int32Array
  #size: number

  constructor(data: Int32Array = new Int32Array(2), size = 0) {
    this.#data = data
    this.#size = size
  }

  /** Packs the `{ shortId: frequency }` object of a serialised MiniSearch index (integer keys iterate in order). */
  static fromObject(entry: Record<string, number>): PackedPostings {
    const keys = Object.keys(entry)
    const data = new Int32Array(keys.length * 2)
    for (let i = 0; i < keys.length; i++) {
      data[2 * i] = Number(keys[i])
      data[2 * i + 1] = entry[keys[i]]!
    }
    return new PackedPostings(data, keys.length)
  }

  get size(): number {
    return this.#size
  }

  /** The (short id, frequency) pairs, in id order: read only, valid until the list next changes. */
  get data(): Int32Array {
    return this.#data
  }

  /** Position of `doc`, or where it would go (as `-1 - position`). */
  #find(doc: number): number {
    const data = this.#data
    // Nearly every look-up while indexing is for the record added last.
    if (this.#size > 0 && data[2 * (this.#size - 1)] === doc) return this.#size - 1
    let low = 0
    let high = this.#size - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const id = data[2 * middle]!
      if (id < doc) low = middle + 1
      else if (id > doc) high = middle - 1
      else return middle
    }
    return -1 - low
  }

  has(doc: number): boolean {
    return this.#find(doc) >= 0
  }

  get(doc: number): number | undefined {
    const at = this.#find(doc)
    return at >= 0 ? this.#data[2 * at + 1] : undefined
  }

  set(doc: number, frequency: number): this {
    const at = this.#find(doc)
    if (at >= 0) {
      this.#data[2 * at + 1] = frequency
      return this
    }
    const position = -1 - at
    if (2 * (this.#size + 1) > this.#data.length) {
      // Half as much again, not twice: at 10,000 records the lists grown while indexing are most of the index.
      const grown = new Int32Array(Math.max(4, 2 * Math.ceil(this.#data.length * 0.75)))
      grown.set(this.#data.subarray(0, 2 * this.#size))
      this.#data = grown
    }
    this.#data.copyWithin(2 * position + 2, 2 * position, 2 * this.#size)
    this.#data[2 * position] = doc
    this.#data[2 * position + 1] = frequency
    this.#size++
    return this
  }

  delete(doc: number): boolean {
    const at = this.#find(doc)
    if (at < 0) return false
    this.#data.copyWithin(2 * at, 2 * at + 2, 2 * this.#size)
    this.#size--
    return true
  }

  /** Gives back the room kept for postings to come; called once a batch of records is indexed. */
  trim(): void {
    if (this.#data.length > 2 * this.#size) this.#data = this.#data.slice(0, 2 * this.#size)
  }

  /** Calls `callback` for each posting, in id order; unlike iterating, the callback must not change the list. */
  forEach(callback: (frequency: number, doc: number) => void): void {
    const data = this.#data
    for (let i = 0; i < this.#size; i++) callback(data[2 * i + 1]!, data[2 * i]!)
  }

  /** Writes the postings into `target` at `offset` as (short id, frequency) pairs; returns the offset after them. */
  copyTo(target: Int32Array, offset: number): number {
    target.set(this.#data.subarray(0, 2 * this.#size), offset)
    return offset + 2 * this.#size
  }

  *entries(): IterableIterator<[number, number]> {
    let at = 0
    let last: number | undefined
    while (true) {
      if (last !== undefined) {
        // After the id yielded last, wherever it is now: postings may have been deleted or added meanwhile.
        if (at < this.#size && this.#data[2 * at] === last) at++
        else {
          const found = this.#find(last)
          at = found >= 0 ? found + 1 : -1 - found
        }
      }
      if (at >= this.#size) return
      last = this.#data[2 * at]!
      yield [last, this.#data[2 * at + 1]!]
    }
  }

  *keys(): IterableIterator<number> {
    for (const [doc] of this.entries()) yield doc
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries()
  }
}
