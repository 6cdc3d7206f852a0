#pragma once

#include <QString>
#include <QStringList>

namespace creditdesk {

/// Parses an enforcement case number (案号), e.g. (2017)渝0107执4344号, as defined by the SPC
/// rules on case numbers (法〔2015〕137号). Half-width, full-width and hexagonal brackets are
/// accepted and normalised to half-width round brackets.
class CaseNumber
{
public:
    struct Parsed
    {
        bool valid = false;
        QString normalised; ///< canonical form with half-width brackets
        QString reason;
        int year = 0;
        QString courtCode; ///< e.g. 渝0107
        QString typeCode;  ///< e.g. 执, 执恢
        qint64 sequence = 0;
    };

    static QString normalise(const QString &input);
    static Parsed parse(const QString &input, int currentYear = 0);

    /// The enforcement type codes (类型代字) the parser recognises.
    static const QStringList &typeCodes();

    /// Builds the canonical text of a case number from its parts.
    static QString format(int year, const QString &courtCode, const QString &typeCode, qint64 sequence);
};

} // namespace creditdesk
