export { detectPii, piiKinds, type PiiFinding, type PiiKind } from './detect';
export { maskPii, maskValue, removePii } from './mask';
