#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace creditdesk {

/// An evidence file checked before it is kept: a kind the office keeps (PDF, OFD, PNG, JPEG,
/// TIFF, recognised by its first bytes), not empty, not larger than the limit; with its SHA-256.
struct EvidenceFile
{
    QString fileName; ///< without folders
    QString mediaType;
    qint64 size = 0;
    QString sha256;

    static constexpr qint64 maximumBytes = 20 * 1024 * 1024;
    static Result<EvidenceFile> check(const QString &path, const QByteArray &content);
    /// The SHA-256 of \a content, in lower-case hex (how files are named between desks).
    static QString digestOf(const QByteArray &content);
};

} // namespace creditdesk
