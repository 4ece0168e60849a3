import pg from 'pg';

let installed = false;

/**
 * Values come back from PostgreSQL as the API speaks them: numeric and bigint as numbers,
 * dates as 'YYYY-MM-DD' strings (never shifted through a JS Date and a time zone).
 */
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
}
