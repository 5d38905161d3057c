import GRDB
import GRDBSQLite

/// A prepared INSERT bound and run through SQLite's C API. Adding an act writes tens of
/// thousands of rows in one transaction, and GRDB's `StatementArguments` box every value: on
/// an act of 10 MB that boxing took longer than SQLite's own work.
struct RowInserter {
    private let statement: Statement
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws { statement = try db.makeStatement(sql: sql) }

    mutating func bind(_ value: Int64?) {
        column += 1
        if let value { sqlite3_bind_int64(statement.sqliteStatement, column, value) } else { sqlite3_bind_null(statement.sqliteStatement, column) }
    }

    mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    mutating func bind(_ value: Bool) { bind(Int64(value ? 1 : 0)) }

    mutating func bind(_ value: String?) {
        column += 1
        guard var value else { sqlite3_bind_null(statement.sqliteStatement, column); return }
        // SQLITE_TRANSIENT: SQLite copies the bytes before this call returns
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let (s, c) = (statement.sqliteStatement, column)
        _ = value.withUTF8 { b in
            if let p = b.baseAddress {
                sqlite3_bind_text(s, c, UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), Int32(b.count), transient)
            } else {
                sqlite3_bind_text(s, c, "", 0, transient)   // empty text, not NULL
            }
        }
    }

    /// Runs the INSERT with the values bound since the last run.
    mutating func run(_ db: Database) throws {
        column = 0
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
        guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql) }
    }
}
