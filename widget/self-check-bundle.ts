// The self-check's lazily imported chunk: the check itself and its summary for the candidate.
export { runSelfCheck, testMedia } from './self-check';
export { summarizeDiagnostics } from './diagnostics-summary';
