import v8 from 'node:v8'

v8.setFlagsFromString('--allow-natives-syntax')

/**
 * Whether V8 holds `value`'s properties in fast mode (a hidden class shared by objects of the same shape) rather than
 * as a dictionary, several times larger: for tests of what the site keeps of every document.
 */
export const hasFastProperties = new Function('value', 'return %HasFastProperties(value)') as (value: object) => boolean
