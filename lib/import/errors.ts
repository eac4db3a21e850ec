// What stops a whole file (not one row) from being read: a message key and its
// values, shown to the user as one sentence in her language.

export type FileProblem = { key: string; values?: Record<string, string | number> };

export class ImportFileError extends Error {
  constructor(
    readonly key: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
  }

  get problem(): FileProblem {
    return this.values ? { key: this.key, values: this.values } : { key: this.key };
  }
}

/** 10 MB: a kader list of 25 000 rows is about 2 MB as XLSX. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Rows past this are refused as a whole (the file is split, not half imported). */
export const MAX_ROWS = 50_000;
