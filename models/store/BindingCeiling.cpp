#include "BindingCeiling.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace creditdesk {

namespace {

constexpr int valuesPerRow = 8;

Result<double> rowsPerSecond(const QSqlDatabase &db, int rows, int rowsPerStatement)
{
    if (const Status cleared =
            sql::run(db, QStringLiteral("DELETE FROM ceiling"), QT_TRANSLATE_NOOP("Database", "empty the table"));
        !cleared)
        return Error{cleared.error()};
    QString statement = QStringLiteral("INSERT INTO ceiling (a, b, c, d, e, f, g, h) VALUES ");
    for (int row = 0; row < rowsPerStatement; ++row)
        statement += (row > 0 ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery insert(db);
    if (const Status prepared = sql::prepareNumbered(insert, statement); !prepared)
        return Error{prepared.error()};
    if (const Status begun = sql::run(db, QStringLiteral("BEGIN"), QT_TRANSLATE_NOOP("Database", "begin")); !begun)
        return Error{begun.error()};
    const QString name = QStringLiteral("王伟明");
    const QString identifier = QStringLiteral("110105194912310021");
    const QString caseNumber = QStringLiteral("（2024）皖01执123号");
    const QString date = QStringLiteral("2024-01-02");
    QElapsedTimer timer;
    timer.start();
    int done = 0;
    for (; done < rows; done += rowsPerStatement) {
        for (int row = 0; row < rowsPerStatement; ++row) {
            const int first = row * valuesPerRow;
            sql::bindAt(insert, first, name);
            sql::bindAt(insert, first + 1, identifier);
            sql::bindAt(insert, first + 2, done + row);
            sql::bindAt(insert, first + 3, caseNumber);
            sql::bindAt(insert, first + 4, date);
            sql::bindAt(insert, first + 5, 3);
            sql::bindAt(insert, first + 6, date);
            sql::bindAt(insert, first + 7, name);
        }
        if (const Status inserted = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "insert a row")); !inserted) {
            (void)sql::run(db, QStringLiteral("ROLLBACK"), QT_TRANSLATE_NOOP("Database", "roll back"));
            return Error{inserted.error()};
        }
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (const Status committed = sql::run(db, QStringLiteral("COMMIT"), QT_TRANSLATE_NOOP("Database", "commit"));
        !committed)
        return Error{committed.error()};
    return static_cast<double>(done) / seconds;
}

} // namespace

Result<BindingCeiling::Figures> BindingCeiling::measure(const QString &path, int rows)
{
    QFile::remove(path);
    const QString connection = QStringLiteral("binding-ceiling");
    Result<Figures> figures = Error{QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            figures = Error{QStringLiteral("open %1: %2").arg(path, db.lastError().text())};
        } else if (const Status made =
                       sql::run(db,
                                QStringLiteral("CREATE TABLE ceiling (id INTEGER PRIMARY KEY, a TEXT, b TEXT, "
                                               "c INTEGER, d TEXT, e TEXT, f INTEGER, g TEXT, h TEXT)"),
                                QT_TRANSLATE_NOOP("Database", "make the table"));
                   !made) {
            figures = Error{made.error()};
        } else {
            auto one = rowsPerSecond(db, rows, 1);
            auto many = one ? rowsPerSecond(db, rows, 32) : Result<double>(Error{one.error()});
            figures = many ? Result<Figures>(Figures{one.value(), many.value()}) : Result<Figures>(Error{many.error()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return figures;
}

} // namespace creditdesk
