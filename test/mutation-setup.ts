// Loaded only by vitest.mutation.config.ts (Stryker). Under a mutant, a failing property is all
// Stryker needs to know: shrinking the counterexample first can take minutes per mutant.
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
