// Size budgets per entry point (npm run size). zod is a peer dependency, which size-limit always
// leaves out of a bundle; the one budget meant to include it puts it back in.
/* global module */
module.exports = [
  {
    name: 'main entry, own code (zod excluded), validateDataset only',
    path: 'dist/index.js',
    import: '{ validateDataset }',
    ignore: ['zod'],
    // With the one reference table, the envelope check and the suggestion index: 15.2 kB; with
    // the second edition's statements, subjects and rules: 19.0 kB; with rejected values' issues
    // written by the package instead of by zod's parser again (a third of the time): 22.7 kB;
    // 23.7 kB with a count's messages for a value mixing both forms or giving neither; 24.4 kB
    // with each collection's ids in a table of their own (IdIndex), a seventh faster at 1M claims;
    // 24.66 kB with reused ids told of refused records, parts held to their whole and quoted values
    // cut by code points; 25.03 kB with parts of pinned transfers held to them and suggestions
    // compared by a banded edit distance; 25.81 kB with exchanges read by a scan of their few
    // transfers (a fifth of the validation's time) and limits told in the package's words; 26.26
    // kB once those words hold under zod's global error map and for whole numbers and keys; 26.61
    // kB with taxonomies read as they are at each call, indexes kept only for those that cannot
    // change; 26.83 kB with one question about a taxonomy that can still change answered from its
    // parents and the paths asked about.
    // 27.11 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 27.37 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '27.5 kB',
    gzip: true,
  },
  {
    name: 'main entry, own code (zod excluded), everything',
    path: 'dist/index.js',
    import: '*',
    ignore: ['zod'],
    // 55.3 kB with the second edition of the model and the ten-language lexicon; 58.8 kB with
    // the audit's checks of statements, shares, holdings and grouped gaps; 65.1 kB with issues
    // written directly and the indexed ledger; 66.0 kB with every schema answering Standard
    // Schema with its model's check and agreements' parts read as an incomplete breakdown; 66.8 kB
    // with the count's messages for mixed forms and the capped list of disagreeing figures; 67.7 kB
    // with the audit dropping its shared tables after their last user, one id per record-vs-claims
    // finding, and a breakdown's parts taken in one order; 68.22 kB with copies of set-aside claims
    // followed to their original and no two findings on one id; 68.92 kB with the dataset's ids in
    // tables of their own (IdIndex); 69.22 kB with reused ids told of refused records, parts held
    // to their whole, quoted values cut by code points and one copy-differs per copied claim;
    // 69.63 kB with parts of pinned transfers held to them and the banded edit distance; 70.0 kB
    // with one rule for a finding's exchange, copies left out of self-contradiction, figures up to
    // a stage bounded by transfers without one, and link texts from the parsed address; 71.22 kB
    // with the audit cutting a dataset into independent parts, read by a walk over naming fields;
    // 71.35 kB with what the cut cannot read kept whole and a taxonomy past its limit with its base
    // told in the package's words; 71.96 kB with exchanges read by a scan of their few transfers
    // and limits told in the package's words; 72.88 kB with taxonomies read as they are at each
    // call, indexes kept only for those that cannot change; 73.08 kB with a breakdown's part for a
    // cohort beside one of its category read as a note on it; 73.36 kB with one question about a
    // taxonomy that can still change answered from its parents and the paths asked about; 73.54 kB
    // with a cohort's note held against the part it is on.
    // 73.85 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 74.34 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '74.5 kB',
    gzip: true,
  },
  {
    name: 'main entry, own code (zod excluded), parseCount only (with the lexicon)',
    path: 'dist/index.js',
    import: '{ parseCount }',
    ignore: ['zod'],
    // 22.7 kB: the number words of ten languages are 8 kB of it. 26.3 kB once the lexicon's schema
    // answers Standard Schema with the package's validator (the other schemas are now dropped);
    // 26.91 kB once limits are told in the package's words.
    limit: '27.5 kB',
    gzip: true,
  },
  {
    name: 'main entry with zod, validateDataset only',
    path: 'dist/index.js',
    import: '{ validateDataset }',
    // 115.2 kB while a namespace access to zod kept all of it (locales, JSON Schema); 49.3 kB with
    // zod imported as a namespace and every module-level schema droppable (see docs/performance.md);
    // 51.05 kB with the fixes to reused ids, parts held to their whole and quoted values; 51.42 kB
    // with parts of pinned transfers held to them and the banded edit distance; 52.17 kB with
    // exchanges read by a scan and limits told in the package's words; 52.98 kB with taxonomies
    // read as they are at each call, indexes kept only for those that cannot change; 53.29 kB with
    // a part given by a taxonomy extension told at the entry and place that gave it.
    // 53.7 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '53.75 kB',
    gzip: true,
    modifyEsbuildConfig: (config) => ({
      ...config,
      external: (config.external ?? []).filter((name) => name !== 'zod'),
    }),
  },
  {
    name: 'swapledger/sample (with the dataset)',
    path: 'dist/sample.js',
    import: '{ loadSampleDataset }',
    ignore: ['zod'],
    // 40.04 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 40.3 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '40.5 kB',
    gzip: true,
  },
  {
    name: 'swapledger/io-ts (io-ts and zod excluded)',
    path: 'dist/io-ts.js',
    import: '*',
    ignore: ['zod', 'io-ts'],
    // 22.0 kB with the codecs of the second edition's models; 25.8 kB with issues written
    // directly; 26.6 kB with the count's messages for mixed forms; 27.3 kB with the dataset's ids
    // in tables of their own (IdIndex); 27.54 kB with the fixes to reused ids, parts held to their
    // whole and quoted values; 27.92 kB with parts of pinned transfers and the banded edit distance;
    // 28.71 kB with exchanges read by a scan and limits told in the package's words; 29.52 kB with
    // taxonomies read as they are at each call, indexes kept only for those that cannot change;
    // 29.76 kB with one question about a taxonomy that can still change answered from its parents.
    // 30.04 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 30.3 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '30.5 kB',
    gzip: true,
  },
  {
    name: 'swapledger/fp-ts (zod excluded)',
    path: 'dist/fp-ts.js',
    import: '*',
    ignore: ['zod', 'fp-ts'],
    limit: '10 kB',
    gzip: true,
  },
  {
    name: 'swapledger/json-schema (zod excluded)',
    path: 'dist/json-schema.js',
    import: '*',
    ignore: ['zod'],
    limit: '20 kB',
    gzip: true,
  },
  {
    name: 'swapledger/sheet (zod excluded; csv-parse and the validation included)',
    path: 'dist/sheet.js',
    import: '{ importSheet, readSheet }',
    ignore: ['zod'],
    // 61.4 kB: csv-parse, the lexicon and the whole dataset validation, which every import runs,
    // and the checks that a mapping names no alias twice and that every column is read. 63.25 kB
    // with the dataset's ids in tables of their own (IdIndex); 63.52 kB with the fixes to reused
    // ids, parts held to their whole and quoted values; 63.9 kB with parts of pinned transfers and
    // the banded edit distance; 64.67 kB with exchanges read by a scan and limits told in the
    // package's words; 65.26 kB with those words under zod's error map and long names refused at
    // their row; 65.8 kB with one question about a taxonomy that can still change answered from
    // its parents and the paths asked about.
    // 66.1 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 66.47 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '66.5 kB',
    gzip: true,
  },
  {
    name: 'swapledger/standard: StandardClaim (zod excluded)',
    path: 'dist/standard.js',
    import: '{ StandardClaim }',
    ignore: ['zod'],
    // 12.1 kB: the claim's schema and its direct issue writer.
    limit: '13.5 kB',
    gzip: true,
  },
  {
    name: 'swapledger/standard: every instance (zod excluded)',
    path: 'dist/standard.js',
    import: '*',
    ignore: ['zod'],
    // 24.0 kB: every model's schema and the whole dataset validation. 25.34 kB with the fixes to
    // reused ids, parts held to their whole, quoted values and suggestions; 26.1 kB with exchanges
    // read by a scan and limits told in the package's words; 26.91 kB with taxonomies read as
    // they are at each call, indexes kept only for those that cannot change; 27.1 kB with one
    // question about a taxonomy that can still change answered from its parents and the paths
    // asked about.
    // 27.39 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 27.64 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '27.75 kB',
    gzip: true,
  },
  {
    name: 'swapledger/html (zod, Observable Plot and linkedom excluded)',
    path: 'dist/html.js',
    import: '{ htmlReport }',
    ignore: ['zod', '@observablehq/plot', 'linkedom'],
    // 59.5 kB: the report's own code with the audit and the ledger it draws from, and the
    // dataset's validation, which every report runs on its input first. 60.9 kB with the
    // count's messages for mixed forms and the capped list of disagreeing figures; 61.6 kB with
    // the audit dropping each shared table after the last check that uses it; 62.35 kB with copies
    // of set-aside claims followed to their original and no two findings on one id; 63.06 kB with
    // the dataset's ids in tables of their own (IdIndex); 63.8 kB with the validation's fixes to
    // reused ids, parts held to their whole, quoted values and suggestions; 64.48 kB with one rule
    // for a finding's exchange, copies found as reconcile finds them, bidirectional controls
    // escaped and link texts taken from the parsed address; 65.68 kB with the audit cutting a
    // dataset into independent parts; 65.85 kB with what the cut cannot read kept whole; 66.49 kB
    // with exchanges read by a scan and limits told in the package's words; 67.31 kB with
    // taxonomies read as they are at each call, indexes kept only for those that cannot change;
    // 67.52 kB with a breakdown's part for a cohort beside one of its category read as a note;
    // 67.79 kB with one question about a taxonomy that can still change answered from its parents;
    // 68.09 kB with a part given by a taxonomy extension told at the entry and place that gave it.
    // 68.29 kB with count constructors that read their options as untrusted input and a
    // partition grown past its limit told at the addParts entry that grows it.
    // 68.53 kB with the partition limit counted over the parts that can be parts, and count
    // constructors that tell every problem with their arguments at once.
    limit: '68.75 kB',
    gzip: true,
  },
];
