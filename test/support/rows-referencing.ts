// Finds every row in the database that still mentions an id: in any uuid column, or inside any jsonb value.
import type { DataSource } from 'typeorm';

export async function rowsReferencing(db: DataSource, id: string): Promise<string[]> {
  const columns: Array<{ table: string; column: string; type: string }> = await db.query(
    `SELECT table_name AS "table", column_name AS "column", data_type AS "type"
       FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('uuid', 'jsonb') AND table_name <> 'migrations'`,
  );
  const found: string[] = [];
  for (const { table, column, type } of columns) {
    const condition = type === 'uuid' ? `"${column}" = $1::uuid` : `"${column}"::text LIKE '%' || $1 || '%'`;
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM "${table}" WHERE ${condition}`, [
      id,
    ]);
    if (count > 0) found.push(`${table}.${column} (${count})`);
  }
  return found;
}
