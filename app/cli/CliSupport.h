#pragma once

#include "domain/Actor.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace creditdesk::cli {

/// Parses a command's arguments; on --help prints help to \a out, on errors prints to \a err.
/// Returns -1 when the command should go on, otherwise the exit code to return.
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);

/// The user the command acts as: --user if given, else the operating-system account.
Actor commandLineActor(const QString &userOption);

} // namespace creditdesk::cli
