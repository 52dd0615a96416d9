/** Import modes: check only, write the valid rows, or write all rows or none. */
export const IMPORT_MODES = [
  'preview',
  'valid-rows',
  'all-or-nothing',
] as const;

export type ImportMode = (typeof IMPORT_MODES)[number];

/** One thing wrong with a row. */
export interface ImportProblem {
  /** The column at fault; null for the whole row, such as a field count. */
  column: string | null;
  /** The cell's text as sent; null when the cell is empty or absent. */
  value: string | null;
  message: string;
}

/** `skipped` is an entirely empty line, which imports nothing. */
export type ImportRowStatus = 'valid' | 'invalid' | 'skipped';

export interface ImportRowReport {
  /** Line of the file on which the row starts; the header is line 1. */
  row: number;
  status: ImportRowStatus;
  title: string | null;
  problems: ImportProblem[];
  /** The draft created from this row, when it was imported. */
  opportunityId?: string;
}

/** The response of an import: counts, then every data row in file order. */
export interface ImportReport {
  mode: ImportMode;
  /** Every data row: valid, invalid and skipped rows add up to it. */
  totalRows: number;
  validRows: number;
  invalidRows: number;
  skippedRows: number;
  imported: number;
  /** Ids of the created drafts in row order; absent in preview mode. */
  opportunityIds?: string[];
  rows: ImportRowReport[];
}
