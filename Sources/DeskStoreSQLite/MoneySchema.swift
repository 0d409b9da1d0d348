import GRDB

/// The tables and columns for what work costs and what was billed, added by migration "v3 money".
enum MoneySchema {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE booking ADD COLUMN quote_json TEXT;
                ALTER TABLE booking ADD COLUMN charge_json TEXT;
                ALTER TABLE booking ADD COLUMN worked_minutes INTEGER;
                ALTER TABLE booking ADD COLUMN is_deadline INTEGER;
                ALTER TABLE booking ADD COLUMN invoice_id INTEGER;
                CREATE TABLE invoice (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  month TEXT NOT NULL,
                  issued_at INTEGER NOT NULL,
                  currency TEXT NOT NULL,
                  subtotal_minor INTEGER NOT NULL,
                  tax_minor INTEGER NOT NULL,
                  total_minor INTEGER NOT NULL
                );
                CREATE TABLE setting (
                  key TEXT PRIMARY KEY,
                  value TEXT NOT NULL
                );
                """)
    }
}
