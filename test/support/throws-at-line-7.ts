// Thrown on line 7 under the production runner (test/production-runner.test.ts).
interface Failure {
  code: number;
}
const failure: Failure = { code: 42 };
function fail(f: Failure): never {
  throw new Error(`typed failure: ${f.code}`);
}
fail(failure);
