#pragma once

#include <QStringList>
#include <QTextStream>

namespace creditdesk::cli {

/// Exit codes of creditdesk-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// The headless commands. Each takes its own arguments (without the command name), writes
/// results to \a out and messages to \a err, and returns an exit code.
int checkId(const QStringList &arguments, QTextStream &out, QTextStream &err);
int search(const QStringList &arguments, QTextStream &out, QTextStream &err);
int demo(const QStringList &arguments, QTextStream &out, QTextStream &err);
int audit(const QStringList &arguments, QTextStream &out, QTextStream &err);
int user(const QStringList &arguments, QTextStream &out, QTextStream &err);
int backup(const QStringList &arguments, QTextStream &out, QTextStream &err);
int restore(const QStringList &arguments, QTextStream &out, QTextStream &err);
int integrity(const QStringList &arguments, QTextStream &out, QTextStream &err);
int correction(const QStringList &arguments, QTextStream &out, QTextStream &err);
int feedback(const QStringList &arguments, QTextStream &out, QTextStream &err);
int policy(const QStringList &arguments, QTextStream &out, QTextStream &err);
int bench(const QStringList &arguments, QTextStream &out, QTextStream &err);
int objection(const QStringList &arguments, QTextStream &out, QTextStream &err);
int calendar(const QStringList &arguments, QTextStream &out, QTextStream &err);
int repair(const QStringList &arguments, QTextStream &out, QTextStream &err);
int listing(const QStringList &arguments, QTextStream &out, QTextStream &err);
int screen(const QStringList &arguments, QTextStream &out, QTextStream &err);
int notice(const QStringList &arguments, QTextStream &out, QTextStream &err);
int importPackage(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportFeedback(const QStringList &arguments, QTextStream &out, QTextStream &err);
int server(const QStringList &arguments, QTextStream &out, QTextStream &err);
int sync(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace creditdesk::cli
