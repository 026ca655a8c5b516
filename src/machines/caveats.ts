// Caveats a source attaches to several steps, written once so every map that needs one says the same thing.

/** National Standard 4.3.6 ends with a note that it did not yet apply when the standards were issued (June 2021). */
export const omicUnificationCaveat =
  'Standard 4.3.6 says it will not apply until the OMiC changes brought in by unification are introduced, estimated for April 2022. The standard does not say whether that happened: check locally.';
