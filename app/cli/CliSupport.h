#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace creditdesk {
class Database;
}

namespace creditdesk::cli {

/// Parses a command's arguments; on --help prints help to \a out, on errors prints to \a err.
/// Returns -1 when the command should go on, otherwise the exit code to return.
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);

/// The user the command acts as: --user if given, else the operating-system account. Only for
/// commands that work before any account exists (demo).
Actor commandLineActor(const QString &userOption);

/// Signs the command in: the user from --user or CREDITDESK_USER, the password from
/// CREDITDESK_PASSWORD or, when absent, asked on the terminal without echo. The sign-in (and
/// every failure) is audited like a sign-in at the window.
Result<Actor> signInCommandLine(Database &database, const QString &userOption, QTextStream &err);

/// Opens an existing database for a command; on failure prints why and returns null.
std::unique_ptr<Database> openExisting(const QString &path, const QString &connectionName, QTextStream &err);

/// A command's open database and the user it acts as.
struct Session
{
    std::unique_ptr<Database> database;
    Actor actor;
};
/// Opens an existing database and signs the command's user in; on failure prints why and
/// returns a session without a database.
Session openSignedIn(const QString &path, const QString &connectionName, const QString &userOption, QTextStream &err);

/// Reads a line from the terminal without showing it.
QString readHiddenLine();

/// The central server's password for \a user: CREDITDESK_SERVER_PASSWORD when set, else asked
/// on the terminal without echo (never in the address or on the command line).
QString serverPassword(const QString &user, QTextStream &err);

} // namespace creditdesk::cli
