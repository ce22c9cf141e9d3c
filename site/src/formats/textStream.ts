/**
 * A response body made of `parts` as they are asked for, UTF-8, in chunks of about `chunkLength` characters.
 *
 * @remarks For the open-data downloads, whose text grows with every document: at 100,000 documents the legal
 * documents' JSON is some 90 MB of UTF-8, built as one string it was twice that in UTF-16, and again in the pieces
 * joined into it. A build writes the body as it comes; nothing holds more than a chunk of text at once.
 */
export function textStream(parts: Iterable<string>, chunkLength = 1 << 16): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = parts[Symbol.iterator]()
  return new ReadableStream({
    pull(controller) {
      let text = ''
      while (text.length < chunkLength) {
        const next = iterator.next()
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text))
          controller.close()
          return
        }
        text += next.value
      }
      controller.enqueue(encoder.encode(text))
    },
  })
}
